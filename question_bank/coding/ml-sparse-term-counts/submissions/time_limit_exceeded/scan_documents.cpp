#include <bits/stdc++.h>
using namespace std;

// scans the entries of every document l..r for the term: O(n) per query
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<vector<pair<int, int>>> documents(n + 1);
    for (int doc = 1; doc <= n; doc++) {
        int k;
        scanf("%d", &k);
        documents[doc].resize(k);
        for (auto &[term, count] : documents[doc]) scanf("%d %d", &term, &count);
    }
    for (int i = 0; i < q; i++) {
        int l, r, term;
        scanf("%d %d %d", &l, &r, &term);
        long long answer = 0;
        for (int doc = l; doc <= r; doc++)
            for (auto [t, count] : documents[doc])
                if (t == term) answer += count;
        printf("%lld\n", answer);
    }
}
