#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<array<long long, 3>> jobs(n);  // end, start, payment
    for (auto &j : jobs) scanf("%lld %lld %lld", &j[1], &j[0], &j[2]);
    sort(jobs.begin(), jobs.end());
    vector<long long> ends(n), best(n + 1, 0);
    for (int i = 0; i < n; i++) ends[i] = jobs[i][0];
    for (int i = 0; i < n; i++) {
        int j = upper_bound(ends.begin(), ends.begin() + i, jobs[i][1]) - ends.begin();
        best[i + 1] = max(best[i], best[j] + jobs[i][2]);
    }
    printf("%lld\n", best[n]);
}
