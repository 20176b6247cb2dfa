#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read n and the n numbers, then print the length and the first value of the longest streak
    return 0;
}
