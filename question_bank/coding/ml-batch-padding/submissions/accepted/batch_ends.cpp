#include <bits/stdc++.h>
using namespace std;

// sorted lengths: a batch is padded to its last sequence; only the ceil(n / B) batch ends are read
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> lengths(n);
    for (auto &x : lengths) scanf("%lld", &x);
    sort(lengths.begin(), lengths.end());
    long long total = accumulate(lengths.begin(), lengths.end(), 0LL);
    string out;
    for (int j = 0; j < q; j++) {
        int b;
        scanf("%d", &b);
        long long padded = (long long)(n % b) * lengths[n - 1];
        for (int end = b - 1; end < n; end += b) padded += b * lengths[end];
        out += to_string(padded - total) + "\n";
    }
    fputs(out.c_str(), stdout);
}
