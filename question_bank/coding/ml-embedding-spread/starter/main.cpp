#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    vector<vector<long long>> x(n, vector<long long>(d));  // x[i][k]: coordinate k of vector i
    for (auto &v : x)
        for (auto &value : v) scanf("%lld", &value);
    long long total = 0;  // the sum of the L1 distances over all pairs i < j
    printf("%lld\n", total);
}
