#include <bits/stdc++.h>
using namespace std;

int main() {  // right computation, printed with too few digits
    int n, k, m;
    scanf("%d %d %d", &n, &k, &m);
    vector<char> rotten(n + 1, 0);
    for (int i = 0; i < m; i++) { int x; scanf("%d", &x); rotten[x] = 1; }
    vector<double> p(n + 1, 0.0);
    p[0] = 1.0;
    double window = 1.0;
    for (int i = 1; i <= n; i++) {
        p[i] = rotten[i] ? 0.0 : window / k;
        window += p[i];
        if (i >= k) window -= p[i - k];
    }
    printf("%.3f\n", p[n]);
}
