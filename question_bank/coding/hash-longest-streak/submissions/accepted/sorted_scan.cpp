#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    sort(a.begin(), a.end());
    a.erase(unique(a.begin(), a.end()), a.end());
    long long bestLen = 0, bestStart = 0, start = a[0];
    for (size_t i = 0; i <= a.size(); i++) {
        if (i == a.size() || (i > 0 && a[i] != a[i - 1] + 1)) {
            long long len = a[i - 1] - start + 1;
            if (len > bestLen) { bestLen = len; bestStart = start; }  // scanning upwards: first is smallest
            if (i < a.size()) start = a[i];
        }
    }
    printf("%lld %lld\n", bestLen, bestStart);
}
