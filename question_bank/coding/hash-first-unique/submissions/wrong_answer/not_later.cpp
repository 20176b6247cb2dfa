#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<int> ids(n);
    for (auto &x : ids) scanf("%d", &x);
    // bug: only checks that the id does not occur again later, ignoring earlier occurrences
    unordered_set<int> later;
    int answer = -1;
    for (int i = n - 1; i >= 0; i--) {
        if (!later.count(ids[i])) answer = ids[i];
        later.insert(ids[i]);
    }
    printf("%d\n", answer);
}
