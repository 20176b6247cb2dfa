#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read the string, then print the length and the start of the leftmost longest palindromic substring
    return 0;
}
