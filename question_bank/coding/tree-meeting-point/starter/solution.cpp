#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < n - 1; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    vector<long long> cost(n + 1, 0);
    // compute cost[1..n]
    for (int i = 1; i <= n; i++) printf("%lld%c", cost[i], i < n ? ' ' : '\n');
}
