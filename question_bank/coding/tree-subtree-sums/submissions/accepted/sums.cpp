#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<long long> total(n);
    vector<int> parent(n, -1);
    for (auto &v : total) scanf("%lld", &v);
    vector<vector<int>> children(n);
    for (int i = 1; i < n; i++) { scanf("%d", &parent[i]); children[parent[i]].push_back(i); }
    vector<int> order = {0};
    for (size_t k = 0; k < order.size(); k++)
        for (int c : children[order[k]]) order.push_back(c);
    for (int k = n - 1; k > 0; k--) total[parent[order[k]]] += total[order[k]];
    for (int i = 0; i < n; i++) printf("%lld%c", total[i], i + 1 < n ? ' ' : '\n');
}
