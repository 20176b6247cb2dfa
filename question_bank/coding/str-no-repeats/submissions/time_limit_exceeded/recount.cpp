#include <bits/stdc++.h>
using namespace std;

// O(n^2): recounts the remaining letters before placing each one
int main() {
    string s;
    cin >> s;
    string out;
    char prev = 0;
    while (!s.empty()) {
        int cnt[26] = {0};
        for (char c : s) cnt[c - 'a']++;
        int pick = -1;
        for (int c = 0; c < 26; c++)
            if (cnt[c] && 'a' + c != prev && (pick < 0 || cnt[c] > cnt[pick])) pick = c;
        if (pick < 0) { printf("IMPOSSIBLE\n"); return 0; }
        s.erase(s.find(char('a' + pick)), 1);
        out += char('a' + pick);
        prev = 'a' + pick;
    }
    printf("%s\n", out.c_str());
}
