#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read the string, then print a rearrangement with no two equal neighbours, or IMPOSSIBLE
    return 0;
}
