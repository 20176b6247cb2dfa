#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int n = s.size();
    int cnt[26] = {0};
    for (char c : s) cnt[c - 'a']++;
    int most = max_element(cnt, cnt + 26) - cnt;
    if (cnt[most] > n / 2) { cout << "IMPOSSIBLE\n"; return 0; }  // bug: should be (n + 1) / 2
    string out(n, ' ');
    int pos = 0;
    for (int k = -1; k < 26; k++) {
        int c = k < 0 ? most : k;
        if (k == most) continue;
        for (int j = 0; j < cnt[c]; j++) {
            out[pos] = 'a' + c;
            pos += 2;
            if (pos >= n) pos = 1;
        }
    }
    cout << out << "\n";
}
