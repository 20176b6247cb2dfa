#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, m;
    scanf("%d %d", &n, &m);
    vector<array<int, 3>> flights(m);
    for (auto &[a, b, c] : flights) scanf("%d %d %d", &a, &b, &c);
    // print the cheapest price (64-bit) or -1
    puts("-1");
}
