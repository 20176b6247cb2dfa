#include <bits/stdc++.h>
using namespace std;

// correct counting, but P x N is computed in int: it overflows once P x N exceeds 2^31
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<pair<long long, int>> item(n);
    for (auto &x : item) scanf("%lld", &x.first);
    for (auto &x : item) scanf("%d", &x.second);
    sort(item.begin(), item.end());
    int positives = 0;
    for (auto &x : item) positives += x.second;
    int negatives = n - positives;
    long long twice_correct = 0, negatives_below = 0;
    for (int i = 0, j; i < n; i = j) {
        long long block_pos = 0, block_neg = 0;
        for (j = i; j < n && item[j].first == item[i].first; j++) (item[j].second ? block_pos : block_neg)++;
        twice_correct += 2 * block_pos * negatives_below + block_pos * block_neg;
        negatives_below += block_neg;
    }
    int pairs = positives * negatives;
    printf("%.9f\n", (double)twice_correct / (2.0 * pairs));
}
