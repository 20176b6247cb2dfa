#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read n, k and the n values, then print how many contiguous subarrays sum to exactly k
    return 0;
}
