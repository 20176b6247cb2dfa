#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string s;
    cin >> s;
    string stack;
    for (size_t i = 0; i < s.size(); i++) {
        char c = s[i];
        if (c == '(' || c == '[' || c == '{') { stack.push_back(c); continue; }
        char want = c == ')' ? '(' : c == ']' ? '[' : '{';
        if (stack.empty() || stack.back() != want) { cout << i + 1 << "\n"; return 0; }
        stack.pop_back();
    }
    if (stack.empty()) cout << "OK\n"; else cout << s.size() + 1 << "\n";
}
