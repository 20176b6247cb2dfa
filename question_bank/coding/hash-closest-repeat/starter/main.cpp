#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read n and the n codes, then print the smallest distance between two equal codes, or -1
    return 0;
}
