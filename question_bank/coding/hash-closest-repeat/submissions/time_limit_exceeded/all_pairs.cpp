#include <bits/stdc++.h>
using namespace std;

// O(n^2): looks ahead from every position for the next equal code
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> a(n);
    for (auto &x : a) scanf("%lld", &x);
    int best = n + 1;
    for (int i = 0; i < n; i++)
        for (int j = i + 1; j < n && j < i + best; j++)
            if (a[j] == a[i]) { best = j - i; break; }
    printf("%d\n", best <= n ? best : -1);
}
