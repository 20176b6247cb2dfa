#include <bits/stdc++.h>
using namespace std;

// Dijkstra that scans every junction for the closest unvisited one: O(n^2)
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b, t;
        scanf("%d %d %d", &a, &b, &t);
        adj[a].push_back({b, t});
        adj[b].push_back({a, t});
    }
    const long long INF = LLONG_MAX;
    vector<long long> dist(n + 1, INF);
    vector<int> prev(n + 1, 0);
    vector<char> done(n + 1, 0);
    dist[1] = 0;
    for (int step = 0; step < n; step++) {
        int v = -1;
        for (int u = 1; u <= n; u++)
            if (!done[u] && dist[u] != INF && (v < 0 || dist[u] < dist[v])) v = u;
        if (v < 0) break;
        done[v] = 1;
        for (auto [u, t] : adj[v])
            if (dist[v] + t < dist[u]) { dist[u] = dist[v] + t; prev[u] = v; }
    }
    if (dist[n] == INF) { printf("-1\n"); return 0; }
    vector<int> route = {n};
    while (route.back() != 1) route.push_back(prev[route.back()]);
    printf("%lld\n", dist[n]);
    for (size_t i = route.size(); i-- > 0;) printf("%d%c", route[i], i ? ' ' : '\n');
}
