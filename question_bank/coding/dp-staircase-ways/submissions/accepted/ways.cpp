#include <bits/stdc++.h>
using namespace std;
const long long MOD = 1000000007LL;

int main() {
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> steps(k);
    for (auto &s : steps) scanf("%d", &s);
    vector<long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 1; i <= n; i++)
        for (int s : steps) if (s <= i) ways[i] = (ways[i] + ways[i - s]) % MOD;
    printf("%lld\n", ways[n]);
}
