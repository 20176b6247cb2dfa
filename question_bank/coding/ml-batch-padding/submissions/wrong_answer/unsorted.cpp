#include <bits/stdc++.h>
using namespace std;

// cuts the batches in input order, without sorting the lengths first
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> lengths(n);
    for (auto &x : lengths) scanf("%lld", &x);
    long long total = accumulate(lengths.begin(), lengths.end(), 0LL);
    for (int j = 0; j < q; j++) {
        int b;
        scanf("%d", &b);
        long long padded = 0;
        for (int start = 0; start < n; start += b) {
            int end = min(n, start + b);
            padded += (end - start) * *max_element(lengths.begin() + start, lengths.begin() + end);
        }
        printf("%lld\n", padded - total);
    }
}
