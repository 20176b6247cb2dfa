#include <bits/stdc++.h>
using namespace std;

// relaxes every cell from its neighbours, sweep after sweep, until nothing changes
int main() {
    int rows, cols;
    if (scanf("%d %d", &rows, &cols) != 2) return 0;
    vector<string> g(rows);
    char buffer[600];
    for (auto &row : g) { scanf("%s", buffer); row = buffer; }
    const int INF = INT_MAX / 2;
    vector<vector<int>> dist(rows, vector<int>(cols, INF));
    int er = 0, ec = 0;
    for (int r = 0; r < rows; r++)
        for (int c = 0; c < cols; c++) {
            if (g[r][c] == 'S') dist[r][c] = 0;
            if (g[r][c] == 'E') { er = r; ec = c; }
        }
    int dr[] = {-1, 1, 0, 0}, dc[] = {0, 0, -1, 1};
    for (bool changed = true; changed;) {
        changed = false;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (g[r][c] == '#') continue;
                for (int d = 0; d < 4; d++) {
                    int nr = r + dr[d], nc = c + dc[d];
                    if (nr >= 0 && nr < rows && nc >= 0 && nc < cols && dist[nr][nc] + 1 < dist[r][c]) {
                        dist[r][c] = dist[nr][nc] + 1;
                        changed = true;
                    }
                }
            }
    }
    printf("%d\n", dist[er][ec] < INF ? dist[er][ec] : -1);
}
