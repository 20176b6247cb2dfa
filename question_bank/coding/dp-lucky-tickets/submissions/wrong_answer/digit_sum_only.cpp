#include <bits/stdc++.h>
using namespace std;
int K;
string digits;
long long memo[20][200];
bool seen[20][200];

// forgets the condition on x itself: counts digit sums divisible by K only
long long go(int pos, int sum, bool tight) {
    if (pos == (int)digits.size()) return sum == 0;
    if (!tight && seen[pos][sum]) return memo[pos][sum];
    long long total = 0;
    int limit = tight ? digits[pos] - '0' : 9;
    for (int d = 0; d <= limit; d++) total += go(pos + 1, (sum + d) % K, tight && d == limit);
    if (!tight) { seen[pos][sum] = true; memo[pos][sum] = total; }
    return total;
}

long long count_upto(long long n) {
    if (n < 0) return 0;
    digits = to_string(n);
    memset(seen, 0, sizeof seen);
    return go(0, 0, true);
}

int main() {
    long long a, b;
    cin >> a >> b >> K;
    printf("%lld\n", count_upto(b) - count_upto(a - 1));
}
