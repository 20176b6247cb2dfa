#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, c;
    long long patience;
    if (scanf("%d %d %lld", &n, &c, &patience) != 3) return 0;
    for (int i = 0; i < n; i++) {
        long long arrival, duration;
        scanf("%lld %lld", &arrival, &duration);
        printf("%d\n", -1);  // the finish time of request i, or -1 if it times out
    }
}
