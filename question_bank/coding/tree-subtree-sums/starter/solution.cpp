#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    cin >> n;
    vector<long long> value(n);
    vector<int> parent(n, -1);
    for (auto &v : value) cin >> v;
    for (int i = 1; i < n; i++) cin >> parent[i];
    // compute and print the n subtree sums on one line
}
