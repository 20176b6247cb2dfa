#include <bits/stdc++.h>
using namespace std;

// a column-wise index: for every term, its documents in order and the prefix sums of its counts
int main() {
    int n, q;
    if (scanf("%d %d", &n, &q) != 2) return 0;
    unordered_map<int, int> column;  // term -> index into docs / sums
    vector<vector<int>> docs;
    vector<vector<long long>> sums;
    column.reserve(1 << 19);
    for (int doc = 1; doc <= n; doc++) {
        int k;
        scanf("%d", &k);
        for (int j = 0; j < k; j++) {
            int term, count;
            scanf("%d %d", &term, &count);
            auto found = column.find(term);
            int c;
            if (found == column.end()) {
                c = docs.size();
                column[term] = c;
                docs.emplace_back();
                sums.push_back({0});
            } else {
                c = found->second;
            }
            docs[c].push_back(doc);
            sums[c].push_back(sums[c].back() + count);
        }
    }
    string out;
    for (int i = 0; i < q; i++) {
        int l, r, term;
        scanf("%d %d %d", &l, &r, &term);
        auto found = column.find(term);
        long long answer = 0;
        if (found != column.end()) {
            const vector<int> &d = docs[found->second];
            int from = lower_bound(d.begin(), d.end(), l) - d.begin();
            int to = upper_bound(d.begin(), d.end(), r) - d.begin();
            answer = sums[found->second][to] - sums[found->second][from];
        }
        out += to_string(answer) + "\n";
    }
    fputs(out.c_str(), stdout);
}
