#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    string t, p;
    cin >> t >> p;
    int m = p.size();
    vector<int> pi(m + 1, 0);
    for (int i = 1, k = 0; i < m; i++) {
        while (k && p[k] != p[i]) k = pi[k];
        if (p[k] == p[i]) k++;
        pi[i + 1] = k;
    }
    long long count = 0;
    int first = 0, last = 0;
    for (int i = 0, j = 0; i < (int)t.size(); i++) {
        while (j && p[j] != t[i]) j = pi[j];
        if (p[j] == t[i]) j++;
        if (j == m) {
            count++;
            last = i - m + 2;
            if (count == 1) first = last;
            j = 0;  // bug: restarts from scratch, missing overlapping occurrences
        }
    }
    cout << count << "\n";
    if (count) cout << first << " " << last << "\n";
}
