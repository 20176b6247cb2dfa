#include <bits/stdc++.h>
using namespace std;

int main() {
    string s;
    cin >> s;
    int n = s.size();
    int cnt[26] = {0};
    for (char c : s) cnt[c - 'a']++;
    priority_queue<pair<int, int>> heap;  // (count, letter)
    for (int c = 0; c < 26; c++) if (cnt[c]) heap.push({cnt[c], c});
    string out;
    pair<int, int> held = {0, -1};  // the letter just placed, kept out of the heap for one step
    while (!heap.empty()) {
        auto top = heap.top();
        heap.pop();
        out += char('a' + top.second);
        if (held.first > 0) heap.push(held);
        held = {top.first - 1, top.second};
    }
    if ((int)out.size() != n) cout << "IMPOSSIBLE\n"; else cout << out << "\n";
}
