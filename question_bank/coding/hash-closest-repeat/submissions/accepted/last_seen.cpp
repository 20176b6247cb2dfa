#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    unordered_map<int, int> last;
    last.reserve(2 * n);
    int best = INT_MAX;
    for (int j = 0; j < n; j++) {
        int x;
        scanf("%d", &x);
        auto it = last.find(x);
        if (it != last.end()) best = min(best, j - it->second);
        last[x] = j;
    }
    printf("%d\n", best == INT_MAX ? -1 : best);
}
