#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> ids(n);
    for (auto &x : ids) scanf("%d", &x);
    unordered_map<int, int> counts;
    counts.reserve(2 * n);
    for (int x : ids) counts[x]++;
    for (int x : ids)
        if (counts[x] == 1) { printf("%d\n", x); return 0; }
    printf("-1\n");
}
