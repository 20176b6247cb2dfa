#include <bits/stdc++.h>
using namespace std;

// scans all courses for a free one at every step: O(n^2)
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<vector<int>> after(n);
    vector<int> indegree(n, 0);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        after[u].push_back(v);
        indegree[v]++;
    }
    vector<char> done(n, 0);
    vector<int> order;
    for (int step = 0; step < n; step++) {
        int v = 0;
        while (v < n && (done[v] || indegree[v] != 0)) v++;
        if (v == n) { printf("IMPOSSIBLE\n"); return 0; }
        done[v] = 1;
        order.push_back(v);
        for (int w : after[v]) indegree[w]--;
    }
    for (int i = 0; i < n; i++) printf("%d%c", order[i], i + 1 < n ? ' ' : '\n');
}
