#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int n = s.size();
    // d1[i]: odd palindromes centred at i (radius incl. centre); d2[i]: even ones centred between i-1 and i
    vector<int> d1(n), d2(n);
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 1 : min(d1[l + r - i], r - i + 1);
        while (i - k >= 0 && i + k < n && s[i - k] == s[i + k]) k++;
        d1[i] = k--;
        if (i + k > r) { l = i - k; r = i + k; }
    }
    for (int i = 0, l = 0, r = -1; i < n; i++) {
        int k = i > r ? 0 : min(d2[l + r - i + 1], r - i + 1);
        while (i - k - 1 >= 0 && i + k < n && s[i - k - 1] == s[i + k]) k++;
        d2[i] = k--;
        if (i + k > r) { l = i - k - 1; r = i + k; }
    }
    int bestLen = 0, bestStart = 0;
    for (int i = 0; i < n; i++) {
        int len = 2 * d1[i] - 1, start = i - d1[i] + 1;
        if (len > bestLen || (len == bestLen && start < bestStart)) { bestLen = len; bestStart = start; }
        len = 2 * d2[i]; start = i - d2[i];
        if (len > 0 && (len > bestLen || (len == bestLen && start < bestStart))) { bestLen = len; bestStart = start; }
    }
    printf("%d %d\n", bestLen, bestStart + 1);
}
