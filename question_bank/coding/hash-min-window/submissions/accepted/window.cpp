#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string s, t;
    cin >> s >> t;
    int need[128] = {0};
    for (char c : t) need[(int)c]++;
    int missing = t.size(), bestLen = s.size() + 1, bestStart = -1, left = 0;
    for (int right = 0; right < (int)s.size(); right++) {
        int c = s[right];
        if (need[c] > 0) missing--;
        need[c]--;
        if (missing == 0) {
            while (need[(int)s[left]] < 0) need[(int)s[left++]]++;
            if (right - left + 1 < bestLen) { bestLen = right - left + 1; bestStart = left; }
            need[(int)s[left++]]++;
            missing++;
        }
    }
    if (bestStart < 0) cout << -1 << "\n"; else cout << bestLen << " " << bestStart + 1 << "\n";
}
