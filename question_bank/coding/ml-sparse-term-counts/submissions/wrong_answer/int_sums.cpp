#include <bits/stdc++.h>
using namespace std;

// the right index, but prefix sums in 32-bit ints: they overflow past 2.1 * 10^9
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    map<int, vector<int>> docs;
    map<int, vector<int>> sums;
    for (int doc = 1; doc <= n; doc++) {
        int k;
        scanf("%d", &k);
        for (int j = 0; j < k; j++) {
            int term, count;
            scanf("%d %d", &term, &count);
            vector<int> &s = sums[term];
            if (s.empty()) s.push_back(0);
            docs[term].push_back(doc);
            s.push_back((int)((unsigned)s.back() + (unsigned)count));
        }
    }
    for (int i = 0; i < q; i++) {
        int l, r, term;
        scanf("%d %d %d", &l, &r, &term);
        int answer = 0;
        if (docs.count(term)) {
            const vector<int> &d = docs[term];
            int from = lower_bound(d.begin(), d.end(), l) - d.begin();
            int to = upper_bound(d.begin(), d.end(), r) - d.begin();
            answer = (int)((unsigned)sums[term][to] - (unsigned)sums[term][from]);
        }
        printf("%d\n", answer);
    }
}
