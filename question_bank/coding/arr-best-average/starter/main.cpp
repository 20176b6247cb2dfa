#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read n, k and the n values, then print the best average of a stretch of at least k values
    return 0;
}
