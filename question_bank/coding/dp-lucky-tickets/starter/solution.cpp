#include <bits/stdc++.h>
using namespace std;

int main() {
    long long a, b;
    int k;
    cin >> a >> b >> k;
    // print how many x in [a, b] have x % k == 0 and digit_sum(x) % k == 0
    cout << 0 << "\n";
}
