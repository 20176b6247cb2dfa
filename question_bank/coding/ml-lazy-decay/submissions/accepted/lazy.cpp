#include <bits/stdc++.h>
using namespace std;

// lazy decay: each weight remembers the step it was last written and settles the decay it owes when touched
int main() {
    int n;
    double lambda;
    if (scanf("%d %lf", &n, &lambda) != 2) return 0;
    double f = 1.0 - lambda;
    unordered_map<int, int> index;  // feature id -> slot
    index.reserve(1 << 20);
    vector<int> ids, last;
    vector<double> weight;
    for (int t = 1; t <= n; t++) {
        int c;
        scanf("%d", &c);
        for (int k = 0; k < c; k++) {
            int j, g;
            scanf("%d %d", &j, &g);
            auto it = index.find(j);
            if (it == index.end()) {
                index.emplace(j, (int)ids.size());
                ids.push_back(j);
                last.push_back(t);
                weight.push_back(g);
            } else {
                int s = it->second;
                weight[s] = weight[s] * pow(f, t - last[s]) + g;
                last[s] = t;
            }
        }
    }
    vector<int> order(ids.size());
    iota(order.begin(), order.end(), 0);
    sort(order.begin(), order.end(), [&](int a, int b) { return ids[a] < ids[b]; });
    string out;
    char buf[64];
    for (int s : order) {
        snprintf(buf, sizeof buf, "%.12g\n", weight[s] * pow(f, n - last[s]));
        out += buf;
    }
    fputs(out.c_str(), stdout);
}
