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
    vector<int> parent(n + 1, 0), up(n + 1, 0), order = {1};
    vector<long long> dist(n + 1, 0), size(n + 1, 1), cost(n + 1, 0);
    parent[1] = -1;
    for (size_t k = 0; k < order.size(); k++) {
        int v = order[k];
        for (auto [u, w] : adj[v]) if (u != parent[v]) {
            parent[u] = v; up[u] = w; dist[u] = dist[v] + w; order.push_back(u);
        }
    }
    for (int k = n - 1; k > 0; k--) size[parent[order[k]]] += size[order[k]];
    for (int v = 1; v <= n; v++) cost[1] += dist[v];
    for (int k = 1; k < n; k++) {
        int v = order[k];
        cost[v] = cost[parent[v]] + (long long)up[v] * (n - 2 * size[v]);
    }
    for (int i = 1; i <= n; i++) printf("%lld%c", cost[i], i < n ? ' ' : '\n');
}
