#include <bits/stdc++.h>
using namespace std;

// scans every slot for the one that frees first: O(C) per request
int main() {
    int n, c;
    long long patience;
    if (scanf("%d %d %lld", &n, &c, &patience) != 3) return 0;
    vector<long long> free_at(c, 0);
    for (int i = 0; i < n; i++) {
        long long arrival, duration;
        scanf("%lld %lld", &arrival, &duration);
        int best = 0;
        for (int s = 1; s < c; s++)
            if (free_at[s] < free_at[best]) best = s;
        long long start = max(arrival, free_at[best]);
        if (start - arrival > patience) {
            printf("-1\n");
        } else {
            free_at[best] = start + duration;
            printf("%lld\n", start + duration);
        }
    }
}
