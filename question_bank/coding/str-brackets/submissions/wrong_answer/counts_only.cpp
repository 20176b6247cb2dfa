#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    // bug: only checks that no prefix closes more brackets of a type than it opened
    int open[3] = {0, 0, 0};
    for (size_t i = 0; i < s.size(); i++) {
        char c = s[i];
        int t = (c == '(' || c == ')') ? 0 : (c == '[' || c == ']') ? 1 : 2;
        if (c == '(' || c == '[' || c == '{') open[t]++;
        else if (--open[t] < 0) { cout << i + 1 << "\n"; return 0; }
    }
    if (open[0] || open[1] || open[2]) cout << s.size() + 1 << "\n"; else cout << "OK\n";
}
