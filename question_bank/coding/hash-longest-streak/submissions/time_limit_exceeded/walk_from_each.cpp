#include <bits/stdc++.h>
using namespace std;

// O(n^2) on one long streak: walks upwards from every number, not only from streak starts
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    unordered_set<long long> present;
    for (int i = 0; i < n; i++) { long long x; scanf("%lld", &x); present.insert(x); }
    long long best_len = 0, best_start = 0;
    for (long long x : present) {
        long long y = x + 1;
        while (present.count(y)) y++;
        if (y - x > best_len || (y - x == best_len && x < best_start)) { best_len = y - x; best_start = x; }
    }
    printf("%lld %lld\n", best_len, best_start);
}
