#include <bits/stdc++.h>
using namespace std;

// O(n^2) over all stretches of length >= k, with prefix sums
int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<long long> p(n + 1, 0);
    for (int i = 0; i < n; i++) { long long a; scanf("%lld", &a); p[i + 1] = p[i] + a; }
    double best = -1e18;
    for (int l = 0; l + k <= n; l++)
        for (int r = l + k; r <= n; r++)
            best = max(best, (double)(p[r] - p[l]) / (r - l));
    printf("%.9f\n", best);
}
