#include <bits/stdc++.h>
using namespace std;

int main() {  // one traversal per village: O(n^2)
    int n;
    scanf("%d", &n);
    vector<vector<pair<int, int>>> adj(n + 1);
    for (int i = 0; i < n - 1; i++) {
        int u, v, w;
        scanf("%d %d %d", &u, &v, &w);
        adj[u].push_back({v, w});
        adj[v].push_back({u, w});
    }
    vector<long long> dist(n + 1);
    vector<int> st;
    for (int s = 1; s <= n; s++) {
        fill(dist.begin(), dist.end(), -1);
        dist[s] = 0;
        st.assign(1, s);
        long long total = 0;
        while (!st.empty()) {
            int v = st.back(); st.pop_back();
            total += dist[v];
            for (auto [u, w] : adj[v]) if (dist[u] < 0) { dist[u] = dist[v] + w; st.push_back(u); }
        }
        printf("%lld%c", total, s < n ? ' ' : '\n');
    }
}
