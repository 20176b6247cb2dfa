#include <bits/stdc++.h>
using namespace std;

// recomputes the sum of the previous k pads for every pad: O(n k)
int main() {
    int n, k, m;
    if (scanf("%d %d %d", &n, &k, &m) != 3) return 0;
    vector<char> rotten(n + 1, 0);
    for (int i = 0; i < m; i++) { int x; scanf("%d", &x); rotten[x] = 1; }
    vector<double> p(n + 1, 0.0);
    p[0] = 1.0;
    for (int i = 1; i <= n; i++) {
        if (rotten[i]) continue;
        double total = 0.0;
        for (int j = max(0, i - k); j < i; j++) total += p[j];
        p[i] = total / k;
    }
    printf("%.12f\n", p[n]);
}
