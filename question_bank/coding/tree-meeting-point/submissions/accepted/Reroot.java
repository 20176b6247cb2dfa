import java.io.*;
import java.util.*;

public class Reroot {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        int[] head = new int[n + 1], next = new int[2 * n], to = new int[2 * n], len = new int[2 * n];
        Arrays.fill(head, -1);
        int m = 0;
        for (int i = 0; i < n - 1; i++) {
            in.nextToken(); int u = (int) in.nval;
            in.nextToken(); int v = (int) in.nval;
            in.nextToken(); int w = (int) in.nval;
            to[m] = v; len[m] = w; next[m] = head[u]; head[u] = m++;
            to[m] = u; len[m] = w; next[m] = head[v]; head[v] = m++;
        }
        int[] parent = new int[n + 1], up = new int[n + 1], order = new int[n];
        long[] dist = new long[n + 1], size = new long[n + 1], cost = new long[n + 1];
        parent[1] = -1;
        order[0] = 1;
        int cnt = 1;
        for (int k = 0; k < cnt; k++) {
            int v = order[k];
            for (int e = head[v]; e != -1; e = next[e]) {
                int u = to[e];
                if (u == parent[v]) continue;
                parent[u] = v; up[u] = len[e]; dist[u] = dist[v] + len[e]; order[cnt++] = u;
            }
        }
        Arrays.fill(size, 1);
        for (int k = n - 1; k > 0; k--) size[parent[order[k]]] += size[order[k]];
        for (int v = 1; v <= n; v++) cost[1] += dist[v];
        for (int k = 1; k < n; k++) { int v = order[k]; cost[v] = cost[parent[v]] + up[v] * (n - 2 * size[v]); }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) out.append(cost[i]).append(i < n ? ' ' : '\n');
        System.out.print(out);
    }
}
