#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k, m;
    scanf("%d %d %d", &n, &k, &m);
    vector<bool> rotten(n + 1, false);
    for (int i = 0; i < m; i++) { int x; scanf("%d", &x); rotten[x] = true; }
    // print the probability of landing on pad n
    printf("%.10f\n", 0.0);
}
