#include <cstdio>
#include <iostream>
#include <queue>
#include <string>
#include <unordered_map>
#include <vector>
using namespace std;

// a linked list of tokens and a min-heap of candidate pairs keyed by (rank, position)
unordered_map<string, int> ids;
vector<string> names;

int token_id(const string &token) {
    auto found = ids.find(token);
    if (found != ids.end()) return found->second;
    ids[token] = names.size();
    names.push_back(token);
    return names.size() - 1;
}

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text;
    int m;
    cin >> text >> m;
    unordered_map<long long, pair<int, int>> rules;  // (a, b) -> (rank, merged token)
    rules.reserve(2 * m);
    for (int j = 1; j <= m; j++) {
        string a, b;
        cin >> a >> b;
        long long key = (long long)token_id(a) << 20 | token_id(b);
        rules[key] = {j, token_id(a + b)};
    }
    int n = text.size();
    vector<int> tok(n), nxt(n), prv(n);
    for (int i = 0; i < n; i++) {
        tok[i] = token_id(string(1, text[i]));
        nxt[i] = i + 1;
        prv[i] = i - 1;
    }
    auto rank_of = [&](int i, int j) {
        auto found = rules.find((long long)tok[i] << 20 | tok[j]);
        return found == rules.end() ? 0 : found->second.first;
    };
    priority_queue<pair<int, int>, vector<pair<int, int>>, greater<pair<int, int>>> heap;
    for (int i = 0; i + 1 < n; i++)
        if (int r = rank_of(i, i + 1)) heap.push({r, i});
    while (!heap.empty()) {
        auto [r, i] = heap.top();
        heap.pop();
        int j = nxt[i];
        if (tok[i] < 0 || j >= n || rank_of(i, j) != r) continue;
        tok[i] = rules[(long long)tok[i] << 20 | tok[j]].second;
        tok[j] = -1;
        int k = nxt[j];
        nxt[i] = k;
        if (k < n) {
            prv[k] = i;
            if (int r2 = rank_of(i, k)) heap.push({r2, i});
        }
        if (int p = prv[i]; p >= 0)
            if (int r2 = rank_of(p, i)) heap.push({r2, p});
    }
    string out;
    for (int i = 0; i < n; i = nxt[i]) {
        if (i) out += ' ';
        out += names[tok[i]];
    }
    out += '\n';
    fputs(out.c_str(), stdout);
}
