#include <bits/stdc++.h>
using namespace std;

int main() {
    ios::sync_with_stdio(false);
    cin.tie(nullptr);
    // read the line of brackets, then print OK or the position of the first error
    return 0;
}
