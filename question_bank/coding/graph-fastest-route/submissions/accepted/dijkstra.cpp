#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
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
    priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> pq;
    dist[1] = 0;
    pq.push({0, 1});
    while (!pq.empty()) {
        auto [d, v] = pq.top(); pq.pop();
        if (d > dist[v]) continue;
        for (auto [u, t] : adj[v])
            if (d + t < dist[u]) { dist[u] = d + t; prev[u] = v; pq.push({dist[u], u}); }
    }
    if (dist[n] == INF) { puts("-1"); return 0; }
    vector<int> route = {n};
    while (route.back() != 1) route.push_back(prev[route.back()]);
    reverse(route.begin(), route.end());
    printf("%lld\n", dist[n]);
    for (size_t i = 0; i < route.size(); i++) printf("%d%c", route[i], i + 1 < route.size() ? ' ' : '\n');
}
