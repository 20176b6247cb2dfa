#include <bits/stdc++.h>
using namespace std;

// O(n^2): removes one letter at a time from the front, copying the rest each time
int main() {
    string s, out;
    cin >> s;
    while (!s.empty()) {
        char c = s[0];
        int count = 0;
        while (!s.empty() && s[0] == c) { s = s.substr(1); count++; }
        out = out + c + to_string(count);
    }
    printf("%s\n", out.c_str());
}
