#include <bits/stdc++.h>
using namespace std;

// sorts each column but multiplies in 32-bit ints: the weight times a coordinate overflows
int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    vector<vector<int>> columns(d, vector<int>(n));
    for (int i = 0; i < n; i++)
        for (int k = 0; k < d; k++) scanf("%d", &columns[k][i]);
    long long total = 0;
    for (auto &column : columns) {
        sort(column.begin(), column.end());
        for (int i = 0; i < n; i++) total += column[i] * (2 * i - n + 1);
    }
    printf("%lld\n", total);
}
