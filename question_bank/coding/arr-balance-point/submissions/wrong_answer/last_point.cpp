#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> w(n);
    long long total = 0;
    for (auto &x : w) { scanf("%lld", &x); total += x; }
    long long left = 0;
    int answer = -1;
    for (int i = 0; i < n; i++) {
        if (2 * left + w[i] == total) answer = i + 1;  // bug: keeps the last balance point
        left += w[i];
    }
    printf("%d\n", answer);
}
