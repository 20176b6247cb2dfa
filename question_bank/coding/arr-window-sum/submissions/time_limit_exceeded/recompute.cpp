#include <bits/stdc++.h>
using namespace std;

// O(n k): sums every window from scratch
int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    long long best = LLONG_MIN;
    for (int i = 0; i + k <= n; i++) {
        long long s = 0;
        for (int j = i; j < i + k; j++) s += a[j];
        best = max(best, s);
    }
    printf("%lld\n", best);
}
