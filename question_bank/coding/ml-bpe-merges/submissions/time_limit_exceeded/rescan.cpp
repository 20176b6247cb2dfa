#include <climits>
#include <iostream>
#include <map>
#include <string>
#include <vector>
using namespace std;

// rescans every adjacent pair for the lowest rank after each merge: O(n) per merge
int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    string text;
    int m;
    cin >> text >> m;
    map<pair<string, string>, int> rank;
    for (int j = 1; j <= m; j++) {
        string a, b;
        cin >> a >> b;
        rank[{a, b}] = j;
    }
    vector<string> tokens;
    for (char c : text) tokens.push_back(string(1, c));
    while (true) {
        int best = INT_MAX, where = -1;
        for (size_t i = 0; i + 1 < tokens.size(); i++) {
            auto found = rank.find({tokens[i], tokens[i + 1]});
            if (found != rank.end() && found->second < best) best = found->second, where = i;
        }
        if (where < 0) break;
        tokens[where] += tokens[where + 1];
        tokens.erase(tokens.begin() + where + 1);
    }
    for (size_t i = 0; i < tokens.size(); i++) cout << (i ? " " : "") << tokens[i];
    cout << "\n";
}
