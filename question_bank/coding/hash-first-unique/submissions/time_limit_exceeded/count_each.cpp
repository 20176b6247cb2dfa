#include <bits/stdc++.h>
using namespace std;

// O(n^2): counts every id over the whole list
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> ids(n);
    for (auto &x : ids) scanf("%lld", &x);
    for (int i = 0; i < n; i++)
        if (count(ids.begin(), ids.end(), ids[i]) == 1) { printf("%lld\n", ids[i]); return 0; }
    printf("-1\n");
}
