#include <bits/stdc++.h>
using namespace std;

int main() {
    string s, out;
    cin >> s;
    size_t i = 0;
    while (i < s.size()) {
        size_t j = i;
        while (j < s.size() && s[j] == s[i]) j++;
        out += s[i];
        out += char('0' + (j - i));  // bug: assumes runs shorter than 10
        i = j;
    }
    cout << out << "\n";
}
