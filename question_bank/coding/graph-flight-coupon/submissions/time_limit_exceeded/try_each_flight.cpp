#include <bits/stdc++.h>
using namespace std;

// one Dijkstra per choice of discounted flight: O(m * m log n)
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<array<int, 3>> flights(m);
    for (auto &f : flights) scanf("%d %d %d", &f[0], &f[1], &f[2]);
    const long long INF = LLONG_MAX;
    long long best = INF;
    for (int k = 0; k <= m; k++) {
        vector<vector<pair<int, long long>>> adj(n + 1);
        for (int j = 0; j < m; j++)
            adj[flights[j][0]].push_back({flights[j][1], j == k ? flights[j][2] / 2 : flights[j][2]});
        vector<long long> dist(n + 1, INF);
        priority_queue<pair<long long, int>, vector<pair<long long, int>>, greater<>> heap;
        dist[1] = 0;
        heap.push({0, 1});
        while (!heap.empty()) {
            auto [d, v] = heap.top();
            heap.pop();
            if (d > dist[v]) continue;
            for (auto [u, c] : adj[v])
                if (d + c < dist[u]) { dist[u] = d + c; heap.push({dist[u], u}); }
        }
        best = min(best, dist[n]);
    }
    printf("%lld\n", best == INF ? -1 : best);
}
