#include <bits/stdc++.h>
using namespace std;

// multiplies every weight seen so far at every step: O(steps x features)
int main() {
    int n;
    double lambda;
    if (scanf("%d %lf", &n, &lambda) != 2) return 0;
    double f = 1.0 - lambda;
    map<int, double> weight;
    for (int t = 1; t <= n; t++) {
        for (auto &entry : weight) entry.second *= f;
        int c;
        scanf("%d", &c);
        for (int k = 0; k < c; k++) {
            int j, g;
            scanf("%d %d", &j, &g);
            weight[j] += g;
        }
    }
    for (auto &entry : weight) printf("%.12g\n", entry.second);
}
