#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read n, S and the n values, then print the length of the shortest stretch with sum at least S (0 if none)
    return 0;
}
