#include <bits/stdc++.h>
using namespace std;

// sorts every column: after sorting, a_i is added i times and subtracted n - 1 - i times
int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    vector<vector<long long>> columns(d, vector<long long>(n));
    for (int i = 0; i < n; i++)
        for (int k = 0; k < d; k++) scanf("%lld", &columns[k][i]);
    long long total = 0;
    for (auto &column : columns) {
        sort(column.begin(), column.end());
        for (int i = 0; i < n; i++) total += column[i] * (2LL * i - n + 1);
    }
    printf("%lld\n", total);
}
