#include <bits/stdc++.h>
using namespace std;

// O(n^2): tries every pair of walls
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> h(n);
    for (auto &x : h) scanf("%lld", &x);
    long long best = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            best = max(best, (long long)(j - i) * min(h[i], h[j]));
    printf("%lld\n", best);
}
