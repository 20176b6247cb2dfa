#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read s and t, then print the length and start of the shortest window of s containing t, or -1
    return 0;
}
