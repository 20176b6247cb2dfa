#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long s;
    if (scanf("%d %lld", &n, &s) != 2) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    int best = n + 1, left = 0;
    long long total = 0;
    for (int right = 0; right < n; right++) {
        total += a[right];
        if (total >= s) {  // bug: shrinks at most once per step
            best = min(best, right - left + 1);
            total -= a[left++];
        }
    }
    printf("%d\n", best <= n ? best : 0);
}
