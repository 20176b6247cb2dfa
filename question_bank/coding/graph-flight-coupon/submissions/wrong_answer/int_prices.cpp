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
    const int INF = INT_MAX;
    vector<array<int, 2>> dist(n + 1, {INT_MAX, INT_MAX});  // 32-bit prices overflow
    priority_queue<tuple<long long, int, int>, vector<tuple<long long, int, int>>, greater<>> pq;
    dist[1][0] = 0;
    pq.push({0, 1, 0});
    while (!pq.empty()) {
        auto [dd, v, used] = pq.top(); pq.pop(); int d = (int)dd;
        if (d > dist[v][used]) continue;
        for (auto [u, c] : adj[v]) {
            if (d + c < dist[u][used]) { dist[u][used] = d + c; pq.push({d + c, u, used}); }
            if (!used && d + c / 2 < dist[u][1]) { dist[u][1] = d + c / 2; pq.push({d + c / 2, u, 1}); }
        }
    }
    int best = min(dist[n][0], dist[n][1]);
    printf("%d\n", best == INF ? -1 : best);
}
