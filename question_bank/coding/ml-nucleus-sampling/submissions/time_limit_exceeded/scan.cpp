#include <bits/stdc++.h>
using namespace std;

// sorts once, but scans the prefix sums from the start for every query: O(n) per query
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
    for (int t = 0; t < q; t++) {
        long long p, r;
        scanf("%lld %lld", &p, &r);
        int k = 0;
        while (100 * prefix[k] < p * sum) k++;
        int j = 0;
        while (1000000 * prefix[j] <= r * prefix[k]) j++;
        printf("%d %d\n", k + 1, order[j] + 1);
    }
}
