#include <bits/stdc++.h>
using namespace std;

// variance = mean of squares - square of the mean, in double: catastrophic cancellation
int main() {
    int n;
    if (scanf("%d", &n) != 1) return 0;
    double total = 0, squares = 0;
    for (int i = 1; i <= n; i++) {
        long long x;
        scanf("%lld", &x);
        total += x;
        squares += (double)x * x;
        printf("%.9f\n", max(0.0, squares / i - (total / i) * (total / i)));
    }
}
