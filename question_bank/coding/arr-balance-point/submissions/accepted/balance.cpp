#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> w(n);
    long long total = 0;
    for (auto &x : w) { scanf("%lld", &x); total += x; }
    long long left = 0;
    for (int i = 0; i < n; i++) {
        if (2 * left + w[i] == total) { printf("%d\n", i + 1); return 0; }
        left += w[i];
    }
    printf("-1\n");
}
