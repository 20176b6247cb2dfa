#include <bits/stdc++.h>
using namespace std;

int main() {  // forgets the modulus: 64-bit overflow
    int n, k;
    scanf("%d %d", &n, &k);
    vector<int> steps(k);
    for (auto &s : steps) scanf("%d", &s);
    vector<long long> ways(n + 1, 0);
    ways[0] = 1;
    for (int i = 1; i <= n; i++)
        for (int s : steps) if (s <= i) ways[i] += ways[i - s];
    printf("%lld\n", ways[n] % 1000000007LL);
}
