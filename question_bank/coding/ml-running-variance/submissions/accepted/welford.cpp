#include <bits/stdc++.h>
using namespace std;

// Welford's update: running mean and M2, the sum of squared deviations from it
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    double mean = 0, m2 = 0;
    string out;
    char buffer[64];
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        double delta = x - mean;
        mean += delta / i;
        m2 += delta * (x - mean);
        snprintf(buffer, sizeof buffer, "%.9f\n", m2 / i);
        out += buffer;
    }
    fputs(out.c_str(), stdout);
}
