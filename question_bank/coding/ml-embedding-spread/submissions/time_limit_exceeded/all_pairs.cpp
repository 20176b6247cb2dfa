#include <bits/stdc++.h>
using namespace std;

// compares every pair of vectors: O(n^2 d)
int main() {
    int n, d;
    if (scanf("%d %d", &n, &d) != 2) return 0;
    vector<vector<long long>> vectors(n, vector<long long>(d));
    for (auto &v : vectors)
        for (auto &x : v) scanf("%lld", &x);
    long long total = 0;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n; j++)
            for (int k = 0; k < d; k++) total += llabs(vectors[i][k] - vectors[j][k]);
    printf("%lld\n", total);
}
