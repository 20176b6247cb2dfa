#include <bits/stdc++.h>
using namespace std;

// compares every spam message with every legitimate one: P x N pairs
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> s(n);
    vector<int> y(n);
    for (auto &x : s) scanf("%lld", &x);
    for (auto &x : y) scanf("%d", &x);
    vector<long long> pos, neg;
    for (int i = 0; i < n; i++) (y[i] ? pos : neg).push_back(s[i]);
    long long twice = 0;
    for (long long p : pos)
        for (long long q : neg) twice += p > q ? 2 : (p == q ? 1 : 0);
    printf("%.9f\n", (double)twice / (2.0 * pos.size() * neg.size()));
}
