#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<vector<int>> after(n);
    vector<int> indegree(n, 0), order;
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        after[u].push_back(v);
        indegree[v]++;
    }
    // smallest available course first: a deterministic reference order
    priority_queue<int, vector<int>, greater<int>> ready;
    for (int v = 0; v < n; v++) if (!indegree[v]) ready.push(v);
    while (!ready.empty()) {
        int u = ready.top(); ready.pop();
        order.push_back(u);
        for (int v : after[u]) if (--indegree[v] == 0) ready.push(v);
    }
    if ((int)order.size() < n) { puts("IMPOSSIBLE"); return 0; }
    for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 < n ? ' ' : '\n');
}
