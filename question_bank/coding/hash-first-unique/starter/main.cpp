#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read n and the n ids, then print the first id that occurs exactly once, or -1
    return 0;
}
