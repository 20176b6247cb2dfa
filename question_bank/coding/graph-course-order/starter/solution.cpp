#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    cin >> n >> m;
    vector<vector<int>> after(n);
    for (int i = 0; i < m; i++) {
        int u, v;
        cin >> u >> v;
        after[u].push_back(v);  // course u before course v
    }
    // print a valid order of the n courses, or IMPOSSIBLE
    cout << "IMPOSSIBLE\n";
}
