#include <bits/stdc++.h>
using namespace std;

// counts every distinct token by scanning all the tokens again: O(distinct x tokens)
int main() {
    int k;
    if (scanf("%d", &k) != 1) return 0;
    vector<string> tokens;
    string token;
    bool letter = false;
    int c;
    getchar();
    while ((c = getchar()) != EOF) {
        if (isalpha(c)) { token += (char)tolower(c); letter = true; }
        else if (isdigit(c)) token += (char)c;
        else if (!token.empty()) { tokens.push_back(letter ? token : "<num>"); token.clear(); letter = false; }
    }
    if (!token.empty()) tokens.push_back(letter ? token : "<num>");
    set<string> distinct(tokens.begin(), tokens.end());
    vector<pair<int, string>> items;
    for (const string &t : distinct) items.push_back({-(int)count(tokens.begin(), tokens.end(), t), t});
    sort(items.begin(), items.end());
    for (int i = 0; i < k; i++) printf("%s %d\n", items[i].second.c_str(), -items[i].first);
}
