#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string s, t;
    cin >> s >> t;
    int need[128] = {0}, inT[128] = {0};
    for (char c : t) { need[(int)c]++; inT[(int)c] = 1; }
    int missing = t.size(), bestLen = s.size() + 1, bestStart = -1, left = 0;
    for (int right = 0; right < (int)s.size(); right++) {
        int c = s[right];
        if (inT[c]) missing--;  // bug: surplus copies also count as progress
        need[c]--;
        if (missing <= 0) {
            while (need[(int)s[left]] < 0) {
                if (inT[(int)s[left]]) missing++;
                need[(int)s[left++]]++;
            }
            if (missing <= 0 && right - left + 1 < bestLen) { bestLen = right - left + 1; bestStart = left; }
        }
    }
    if (bestStart < 0) cout << -1 << "\n"; else cout << bestLen << " " << bestStart + 1 << "\n";
}
