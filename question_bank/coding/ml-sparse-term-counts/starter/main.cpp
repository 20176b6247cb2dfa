#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    vector<vector<pair<int, int>>> documents(n + 1);  // documents[d]: its (term, count) pairs
    for (int doc = 1; doc <= n; doc++) {
        int k;
        scanf("%d", &k);
        documents[doc].resize(k);
        for (auto &[term, count] : documents[doc]) scanf("%d %d", &term, &count);
    }
    for (int i = 0; i < q; i++) {
        int l, r, term;
        scanf("%d %d %d", &l, &r, &term);
        printf("%d\n", 0);  // the count of term in documents l..r
    }
}
