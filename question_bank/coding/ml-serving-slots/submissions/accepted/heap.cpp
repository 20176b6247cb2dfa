#include <bits/stdc++.h>
using namespace std;

// a min-heap of the times at which the slots become free
int main() {
    int n, c;
    long long patience;
    if (scanf("%d %d %lld", &n, &c, &patience) != 3) return 0;
    priority_queue<long long, vector<long long>, greater<long long>> free_at(greater<long long>(), vector<long long>(c, 0));
    string out;
    for (int i = 0; i < n; i++) {
        long long arrival, duration;
        scanf("%lld %lld", &arrival, &duration);
        long long start = max(arrival, free_at.top());
        if (start - arrival > patience) {
            out += "-1\n";
        } else {
            free_at.pop();
            free_at.push(start + duration);
            out += to_string(start + duration) + "\n";
        }
    }
    fputs(out.c_str(), stdout);
}
