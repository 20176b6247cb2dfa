#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read the text and the pattern, then print the number of occurrences and the first and last positions
    return 0;
}
