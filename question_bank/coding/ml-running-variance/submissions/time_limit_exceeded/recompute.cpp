#include <bits/stdc++.h>
using namespace std;

// recomputes the mean and the variance of the whole prefix after every reading: O(n^2)
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<double> x(n);
    for (auto &v : x) { long long r; scanf("%lld", &r); v = r; }
    for (int i = 1; i <= n; i++) {
        double mean = 0, squares = 0;
        for (int k = 0; k < i; k++) mean += x[k];
        mean /= i;
        for (int k = 0; k < i; k++) squares += (x[k] - mean) * (x[k] - mean);
        printf("%.9f\n", squares / i);
    }
}
