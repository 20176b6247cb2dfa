#include <bits/stdc++.h>
using namespace std;

// goes through all n sequences for every batch size: O(n q)
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> lengths(n);
    for (auto &x : lengths) scanf("%lld", &x);
    sort(lengths.begin(), lengths.end());
    for (int j = 0; j < q; j++) {
        int b;
        scanf("%d", &b);
        long long padding = 0;
        for (int start = 0; start < n; start += b) {
            int end = min(n, start + b);
            long long longest = 0;
            for (int i = start; i < end; i++) longest = max(longest, lengths[i]);
            for (int i = start; i < end; i++) padding += longest - lengths[i];
        }
        printf("%lld\n", padding);
    }
}
