#include <bits/stdc++.h>
using namespace std;
// O(|t| |p|): memcmp of the pattern at every position
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string t, p;
    cin >> t >> p;
    size_t n = t.size(), m = p.size();
    long long count = 0, first = 0, last = 0;
    for (size_t i = 0; i + m <= n; i++) {
        if (memcmp(t.data() + i, p.data(), m) == 0) {
            count++;
            last = i + 1;
            if (count == 1) first = last;
        }
    }
    cout << count << "\n";
    if (count) cout << first << " " << last << "\n";
}
