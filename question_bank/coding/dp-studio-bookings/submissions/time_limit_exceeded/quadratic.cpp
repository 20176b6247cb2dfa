#include <bits/stdc++.h>
using namespace std;

// best[i] = p_i + max over all earlier compatible bookings: O(n^2)
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    vector<array<long long, 3>> jobs(n);  // end, start, pay
    for (auto &j : jobs) scanf("%lld %lld %lld", &j[1], &j[0], &j[2]);
    sort(jobs.begin(), jobs.end());
    vector<long long> best(n);
    long long answer = 0;
    for (int i = 0; i < n; i++) {
        long long prior = 0;
        for (int j = 0; j < i; j++)
            if (jobs[j][0] <= jobs[i][1] && best[j] > prior) prior = best[j];
        best[i] = prior + jobs[i][2];
        answer = max(answer, best[i]);
    }
    printf("%lld\n", answer);
}
