#include <bits/stdc++.h>
using namespace std;

// sort once, prefix sums, then two binary searches per query
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> w(n);
    for (auto &x : w) scanf("%lld", &x);
    vector<int> order(n);
    iota(order.begin(), order.end(), 0);
    stable_sort(order.begin(), order.end(), [&](int a, int b) { return w[a] > w[b]; });
    vector<long long> prefix(n);
    long long sum = 0;
    for (int i = 0; i < n; i++) prefix[i] = sum += w[order[i]];
    string out;
    char buf[48];
    for (int t = 0; t < q; t++) {
        long long p, r;
        scanf("%lld %lld", &p, &r);
        int k = lower_bound(prefix.begin(), prefix.end(), (p * sum + 99) / 100) - prefix.begin();
        int j = upper_bound(prefix.begin(), prefix.end(), r * prefix[k] / 1000000) - prefix.begin();
        snprintf(buf, sizeof buf, "%d %d\n", k + 1, order[j] + 1);
        out += buf;
    }
    fputs(out.c_str(), stdout);
}
