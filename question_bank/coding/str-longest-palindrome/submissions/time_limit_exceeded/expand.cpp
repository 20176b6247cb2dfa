#include <bits/stdc++.h>
using namespace std;

// O(n^2): expands around each of the 2n - 1 centres
int main() {
    string s;
    cin >> s;
    int n = s.size(), best_len = 0, best_start = 0;
    for (int c = 0; c < 2 * n - 1; c++) {
        int a = c / 2, b = (c + 1) / 2;
        while (a >= 0 && b < n && s[a] == s[b]) { a--; b++; }
        int length = b - a - 1;
        if (length > best_len || (length == best_len && a + 1 < best_start)) { best_len = length; best_start = a + 1; }
    }
    printf("%d %d\n", best_len, best_start + 1);
}
