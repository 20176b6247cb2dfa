import java.io.*;
import java.util.*;

// relaxes every cell from its neighbours, sweep after sweep, until nothing changes
public class RelaxSweeps {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(first.nextToken()), cols = Integer.parseInt(first.nextToken());
        char[][] g = new char[rows][];
        for (int r = 0; r < rows; r++) g[r] = in.readLine().trim().toCharArray();
        int inf = Integer.MAX_VALUE / 2, er = 0, ec = 0;
        int[][] dist = new int[rows][cols];
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                dist[r][c] = g[r][c] == 'S' ? 0 : inf;
                if (g[r][c] == 'E') { er = r; ec = c; }
            }
        int[] dr = {-1, 1, 0, 0}, dc = {0, 0, -1, 1};
        for (boolean changed = true; changed;) {
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
        System.out.println(dist[er][ec] < inf ? dist[er][ec] : -1);
    }
}
