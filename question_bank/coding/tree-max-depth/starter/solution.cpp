#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<int> parent(n, -1);
    for (int i = 1; i < n; i++) cin >> parent[i];
    // compute the number of nodes on the longest root-to-leaf path
    cout << 0 << "\n";
}
