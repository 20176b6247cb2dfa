#include <bits/stdc++.h>
using namespace std;
const int LOG = 17;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<array<int, LOG>> up(n + 1);
    vector<vector<int>> children(n + 1);
    vector<int> depth(n + 1, 0);
    up[1][0] = 1;
    for (int i = 2; i <= n; i++) { scanf("%d", &up[i][0]); children[up[i][0]].push_back(i); }
    vector<int> order = {1};
    for (size_t k = 0; k < order.size(); k++) {
        int v = order[k];
        for (int j = 1; j < LOG; j++) up[v][j] = up[up[v][j - 1]][j - 1];
        for (int c : children[v]) { depth[c] = depth[v] + 1; order.push_back(c); }
    }
    while (q--) {
        int u, v;
        scanf("%d %d", &u, &v);
        int a = u, b = v;
        if (depth[a] < depth[b]) swap(a, b);
        for (int j = LOG - 1; j >= 0; j--) if (depth[a] - (1 << j) >= depth[b]) a = up[a][j];
        if (a != b) {
            for (int j = LOG - 1; j >= 0; j--) if (up[a][j] != up[b][j]) { a = up[a][j]; b = up[b][j]; }
            a = up[a][0];
        }
        printf("%d\n", depth[u] + depth[v] - 2 * depth[a]);
    }
}
