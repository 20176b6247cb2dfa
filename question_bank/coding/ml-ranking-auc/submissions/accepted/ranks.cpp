#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, int>> item(n);  // (score, label)
    for (auto &x : item) scanf("%lld", &x.first);
    for (auto &x : item) scanf("%d", &x.second);
    sort(item.begin(), item.end());
    long long positives = 0;
    for (auto &x : item) positives += x.second;
    long long negatives = n - positives;
    long long twice_correct = 0, negatives_below = 0;  // 2 x (correct pairs + half the ties): exact
    for (int i = 0, j; i < n; i = j) {
        long long block_pos = 0, block_neg = 0;
        for (j = i; j < n && item[j].first == item[i].first; j++) (item[j].second ? block_pos : block_neg)++;
        twice_correct += 2 * block_pos * negatives_below + block_pos * block_neg;
        negatives_below += block_neg;
    }
    printf("%.9f\n", (double)twice_correct / (2.0 * positives * negatives));
}
