#include <bits/stdc++.h>
using namespace std;
int K;
string digits;
long long memo[20][50][50];
bool seen[20][50][50];

// suffixes from position pos, given the prefix's value and digit sum mod K; tight = prefix equals n's
long long go(int pos, int value, int sum, bool tight) {
    if (pos == (int)digits.size()) return value == 0 && sum == 0;
    if (!tight && seen[pos][value][sum]) return memo[pos][value][sum];
    long long total = 0;
    int limit = tight ? digits[pos] - '0' : 9;
    for (int d = 0; d <= limit; d++)
        total += go(pos + 1, (value * 10 + d) % K, (sum + d) % K, tight && d == limit);
    if (!tight) { seen[pos][value][sum] = true; memo[pos][value][sum] = total; }
    return total;
}

long long count_upto(long long n) {
    if (n < 0) return 0;
    digits = to_string(n);
    memset(seen, 0, sizeof seen);
    return go(0, 0, 0, true);
}

int main() {
    long long a, b;
    cin >> a >> b >> K;
    printf("%lld\n", count_upto(b) - count_upto(a - 1));
}
