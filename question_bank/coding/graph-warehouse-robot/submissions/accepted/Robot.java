import java.io.*;
import java.util.*;

public class Robot {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer first = new StringTokenizer(in.readLine());
        int rows = Integer.parseInt(first.nextToken()), cols = Integer.parseInt(first.nextToken());
        char[][] g = new char[rows][];
        for (int r = 0; r < rows; r++) g[r] = in.readLine().trim().toCharArray();
        int[] dist = new int[rows * cols];
        Arrays.fill(dist, -1);
        int[] queue = new int[rows * cols];
        int head = 0, tail = 0, end = 0;
        for (int r = 0; r < rows; r++)
            for (int c = 0; c < cols; c++) {
                if (g[r][c] == 'S') { dist[r * cols + c] = 0; queue[tail++] = r * cols + c; }
                if (g[r][c] == 'E') end = r * cols + c;
            }
        int[] dr = {1, -1, 0, 0}, dc = {0, 0, 1, -1};
        while (head < tail) {
            int v = queue[head++], r = v / cols, c = v % cols;
            for (int k = 0; k < 4; k++) {
                int nr = r + dr[k], nc = c + dc[k];
                if (nr < 0 || nc < 0 || nr >= rows || nc >= cols || g[nr][nc] == '#') continue;
                int u = nr * cols + nc;
                if (dist[u] >= 0) continue;
                dist[u] = dist[v] + 1;
                queue[tail++] = u;
            }
        }
        System.out.println(dist[end]);
    }
}
