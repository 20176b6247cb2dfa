// Exact reference: lower convex hull of prefix points, binary search for the tangent from each end point.
#include <bits/stdc++.h>
using namespace std;
typedef long long ll;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<ll> p(n + 1, 0);
    for (int i = 0; i < n; i++) { ll x; scanf("%lld", &x); p[i + 1] = p[i] + x; }
    vector<int> hull;
    ll bn = 0, bd = 0;
    for (int r = k; r <= n; r++) {
        int c = r - k;
        while (hull.size() >= 2) {
            int a = hull[hull.size() - 2], b = hull.back();
            if ((ll)(b - a) * (p[c] - p[a]) - (p[b] - p[a]) * (ll)(c - a) <= 0) hull.pop_back(); else break;
        }
        hull.push_back(c);
        // slope from hull[i] to r is unimodal along the hull: find the first i where hull[i+1] is not better
        int lo = 0, hi = (int)hull.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi) / 2, a = hull[mid], b = hull[mid + 1];
            if ((p[r] - p[a]) * (ll)(r - b) <= (p[r] - p[b]) * (ll)(r - a)) lo = mid + 1; else hi = mid;
        }
        int a = hull[lo];
        ll num = p[r] - p[a], den = r - a;
        if (bd == 0 || (__int128)num * bd > (__int128)bn * den) { bn = num; bd = den; }
    }
    printf("%.9f\n", (double)bn / (double)bd);
}
