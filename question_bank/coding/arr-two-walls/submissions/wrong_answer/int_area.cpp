#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> h(n);
    for (auto &x : h) scanf("%d", &x);
    int i = 0, j = n - 1;
    long long best = 0;
    while (i < j) {
        int area = (j - i) * min(h[i], h[j]);  // bug: 32-bit product overflows
        best = max(best, (long long)area);
        if (h[i] <= h[j]) i++; else j--;
    }
    printf("%lld\n", best);
}
