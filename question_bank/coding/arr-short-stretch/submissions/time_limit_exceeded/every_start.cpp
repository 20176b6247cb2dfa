#include <bits/stdc++.h>
using namespace std;

// O(n^2): from every start, extend until the sum reaches S (scores group 1 only)
int main() {
    int n;
    long long s;
    if (scanf("%d %lld", &n, &s) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    int best = 0;
    for (int l = 0; l < n; l++) {
        long long total = 0;
        for (int r = l; r < n; r++) {
            total += a[r];
            if (total >= s) {
                if (best == 0 || r - l + 1 < best) best = r - l + 1;
                break;
            }
        }
    }
    printf("%d\n", best);
}
