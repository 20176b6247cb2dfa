#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read n and the n weights, then print the first balance point (1-based) or -1
    return 0;
}
