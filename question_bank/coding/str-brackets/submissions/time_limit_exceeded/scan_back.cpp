#include <bits/stdc++.h>
using namespace std;

// O(n^2): for each closing bracket, walks back over already matched brackets to find its partner
int main() {
    string s;
    cin >> s;
    int n = s.size();
    vector<char> used(n, 0);
    for (int i = 0; i < n; i++) {
        char c = s[i];
        char want = c == ')' ? '(' : c == ']' ? '[' : c == '}' ? '{' : 0;
        if (!want) continue;
        int j = i - 1;
        while (j >= 0 && used[j]) j--;
        if (j < 0 || s[j] != want) { printf("%d\n", i + 1); return 0; }
        used[i] = used[j] = 1;
    }
    for (int i = 0; i < n; i++)
        if (!used[i]) { printf("%d\n", n + 1); return 0; }
    printf("OK\n");
}
