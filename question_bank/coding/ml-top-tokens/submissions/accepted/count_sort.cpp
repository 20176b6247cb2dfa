#include <bits/stdc++.h>
using namespace std;

// one scan builds the tokens, a hash map counts them, one sort orders them
int main() {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    unordered_map<string, int> counts;
    counts.reserve(1 << 19);
    string token;
    bool letter = false;
    auto finish = [&]() {
        if (token.empty()) return;
        counts[letter ? token : string("<num>")]++;
        token.clear();
        letter = false;
    };
    int c;
    getchar();  // the newline after k
    while ((c = getchar()) != EOF) {
        if (isalpha(c)) { token += (char)tolower(c); letter = true; }
        else if (isdigit(c)) token += (char)c;
        else finish();
    }
    finish();
    vector<pair<int, string>> items;
    items.reserve(counts.size());
    for (auto &entry : counts) items.push_back({-entry.second, entry.first});
    sort(items.begin(), items.end());
    string out;
    for (int i = 0; i < k; i++) out += items[i].second + " " + to_string(-items[i].first) + "\n";
    fputs(out.c_str(), stdout);
}
