#include <bits/stdc++.h>
using namespace std;

// the depth of every node by walking up to the root: O(n * depth), quadratic on a chain
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> parent(n, -1);
    for (int i = 1; i < n; i++) scanf("%d", &parent[i]);
    int best = 0;
    for (int v = 0; v < n; v++) {
        int depth = 0;
        for (int u = v; u != -1; u = parent[u]) depth++;
        best = max(best, depth);
    }
    printf("%d\n", best);
}
