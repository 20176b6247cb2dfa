#include <bits/stdc++.h>
using namespace std;

// adds each value to every ancestor: O(n * depth), quadratic on a chain
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> value(n), total(n, 0);
    vector<int> parent(n, -1);
    for (auto &x : value) scanf("%lld", &x);
    for (int i = 1; i < n; i++) scanf("%d", &parent[i]);
    for (int v = 0; v < n; v++)
        for (int u = v; u != -1; u = parent[u]) total[u] += value[v];
    for (int i = 0; i < n; i++) printf("%lld%c", total[i], i + 1 < n ? ' ' : '\n');
}
