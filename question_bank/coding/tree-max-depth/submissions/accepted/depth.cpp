#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<int> parent(n, -1), depth(n, 0);
    vector<vector<int>> children(n);
    for (int i = 1; i < n; i++) { scanf("%d", &parent[i]); children[parent[i]].push_back(i); }
    vector<int> stack = {0};
    depth[0] = 1;
    int best = 1;
    while (!stack.empty()) {
        int v = stack.back(); stack.pop_back();
        best = max(best, depth[v]);
        for (int c : children[v]) { depth[c] = depth[v] + 1; stack.push_back(c); }
    }
    printf("%d\n", best);
}
