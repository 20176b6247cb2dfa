#include <bits/stdc++.h>
using namespace std;

int main() {  // checks every multiple of K in [a, b]
    long long a, b;
    int k;
    cin >> a >> b >> k;
    long long count = 0;
    for (long long x = (a + k - 1) / k * k; x <= b; x += k) {
        int s = 0;
        for (long long y = x; y; y /= 10) s += y % 10;
        if (s % k == 0) count++;
    }
    printf("%lld\n", count);
}
