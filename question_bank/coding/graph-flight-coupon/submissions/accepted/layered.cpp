#include <bits/stdc++.h>
using namespace std;

int main() {  // Dijkstra over states (city, coupon used?)
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < m; i++) {
        int a, b, c;
        scanf("%d %d %d", &a, &b, &c);
        adj[a].push_back({b, c});
    }
    const long long INF = LLONG_MAX;
    vector<array<long long, 2>> dist(n + 1, {INF, INF});
    priority_queue<tuple<long long, int, int>, vector<tuple<long long, int, int>>, greater<>> pq;
    dist[1][0] = 0;
    pq.push({0, 1, 0});
    while (!pq.empty()) {
        auto [d, v, used] = pq.top(); pq.pop();
        if (d > dist[v][used]) continue;
        for (auto [u, c] : adj[v]) {
            if (d + c < dist[u][used]) { dist[u][used] = d + c; pq.push({d + c, u, used}); }
            if (!used && d + c / 2 < dist[u][1]) { dist[u][1] = d + c / 2; pq.push({d + c / 2, u, 1}); }
        }
    }
    long long best = min(dist[n][0], dist[n][1]);
    printf("%lld\n", best == INF ? -1LL : best);
}
