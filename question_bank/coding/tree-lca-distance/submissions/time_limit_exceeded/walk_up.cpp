#include <bits/stdc++.h>
using namespace std;

// climbs from the deeper person one parent at a time: O(depth) per query (scores group 1 only)
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<int> parent(n + 1, 0), depth(n + 1, 0);
    vector<vector<int>> children(n + 1);
    for (int i = 2; i <= n; i++) { scanf("%d", &parent[i]); children[parent[i]].push_back(i); }
    vector<int> order = {1};
    for (size_t k = 0; k < order.size(); k++)
        for (int c : children[order[k]]) { depth[c] = depth[order[k]] + 1; order.push_back(c); }
    string out;
    while (q--) {
        int a, b, dist = 0;
        scanf("%d %d", &a, &b);
        while (a != b) {
            if (depth[a] < depth[b]) swap(a, b);
            a = parent[a];
            dist++;
        }
        out += to_string(dist) + "\n";
    }
    fputs(out.c_str(), stdout);
}
