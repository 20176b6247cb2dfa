#include <bits/stdc++.h>
using namespace std;

// "quick find": each union relabels every node, O(n m)
int main() {
    int n, m;
    if (scanf("%d %d", &n, &m) != 2) return 0;
    vector<int> label(n);
    iota(label.begin(), label.end(), 0);
    for (int i = 0; i < m; i++) {
        int u, v;
        scanf("%d %d", &u, &v);
        int a = label[u], b = label[v];
        if (a != b)
            for (int x = 0; x < n; x++)
                if (label[x] == a) label[x] = b;
    }
    printf("%zu\n", set<int>(label.begin(), label.end()).size());
}
