#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, k;
    if (scanf("%d %d", &n, &k) != 2) return 0;
    vector<int> a(n);
    for (auto &x : a) scanf("%d", &x);
    int window = 0;  // bug: 32-bit sum overflows
    for (int i = 0; i < k; i++) window += a[i];
    int best = window;
    for (int i = k; i < n; i++) {
        window += a[i] - a[i - k];
        best = max(best, window);
    }
    printf("%d\n", best);
}
