#include <bits/stdc++.h>
using namespace std;
const long long MOD = 1000000007LL;

int main() {
    int n, k;
    cin >> n >> k;
    vector<int> steps(k);
    for (auto &s : steps) cin >> s;
    // print the number of ways modulo MOD
    cout << 0 << "\n";
}
