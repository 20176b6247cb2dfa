#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<int, int>> v(n);
    for (int j = 0; j < n; j++) { scanf("%d", &v[j].first); v[j].second = j; }
    sort(v.begin(), v.end(), [](auto &a, auto &b) { return a.first < b.first; });  // bug: unstable on positions
    int best = INT_MAX;
    for (int k = 1; k < n; k++)
        if (v[k].first == v[k - 1].first) best = min(best, v[k].second - v[k - 1].second);
    printf("%d\n", best == INT_MAX ? -1 : best);
}
