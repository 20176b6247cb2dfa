#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text;
    int m;
    cin >> text >> m;
    vector<pair<string, string>> rules(m);  // rules[j] has rank j + 1
    for (auto &[a, b] : rules) cin >> a >> b;
    vector<string> tokens;  // merge adjacent tokens by the rules
    for (char c : text) tokens.push_back(string(1, c));
    for (size_t i = 0; i < tokens.size(); i++) cout << (i ? " " : "") << tokens[i];
    cout << "\n";
}
