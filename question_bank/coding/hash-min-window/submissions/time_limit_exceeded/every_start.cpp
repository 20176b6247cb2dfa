#include <bits/stdc++.h>
using namespace std;

// O(|s|^2): from every start, extends the window until it covers t
int main() {
    string s, t;
    cin >> s >> t;
    int n = s.size();
    array<int, 128> base{};
    for (char c : t) base[c]++;
    int best_len = n + 1, best_start = -1;
    for (int l = 0; l < n; l++) {
        array<int, 128> need = base;
        int missing = t.size();
        for (int r = l; r < n && r < l + best_len - 1; r++) {
            if (need[s[r]]-- > 0) missing--;
            if (missing == 0) { best_len = r - l + 1; best_start = l; break; }
        }
    }
    if (best_start < 0) printf("-1\n");
    else printf("%d %d\n", best_len, best_start + 1);
}
