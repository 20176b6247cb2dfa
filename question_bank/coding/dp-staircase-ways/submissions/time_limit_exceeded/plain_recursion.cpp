#include <bits/stdc++.h>
using namespace std;
const long long MOD = 1000000007LL;

// recursion without memoisation: exponential
vector<int> steps;

long long ways(int n) {
    if (n == 0) return 1;
    long long total = 0;
    for (int s : steps) if (s <= n) total = (total + ways(n - s)) % MOD;
    return total;
}

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    steps.resize(k);
    for (auto &s : steps) scanf("%d", &s);
    printf("%lld\n", ways(n));
}
