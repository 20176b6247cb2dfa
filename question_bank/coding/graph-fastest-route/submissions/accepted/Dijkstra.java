import java.io.*;
import java.util.*;

public class Dijkstra {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken(); int n = (int) in.nval;
        in.nextToken(); int m = (int) in.nval;
        int[] head = new int[n + 1], next = new int[2 * m], to = new int[2 * m], len = new int[2 * m];
        Arrays.fill(head, -1);
        int e = 0;
        for (int i = 0; i < m; i++) {
            in.nextToken(); int a = (int) in.nval;
            in.nextToken(); int b = (int) in.nval;
            in.nextToken(); int t = (int) in.nval;
            to[e] = b; len[e] = t; next[e] = head[a]; head[a] = e++;
            to[e] = a; len[e] = t; next[e] = head[b]; head[b] = e++;
        }
        long[] dist = new long[n + 1];
        int[] prev = new int[n + 1];
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[1] = 0;
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        pq.add(new long[]{0, 1});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int v = (int) top[1];
            if (top[0] > dist[v]) continue;
            for (int k = head[v]; k != -1; k = next[k]) {
                int u = to[k];
                if (top[0] + len[k] < dist[u]) { dist[u] = top[0] + len[k]; prev[u] = v; pq.add(new long[]{dist[u], u}); }
            }
        }
        if (dist[n] == Long.MAX_VALUE) { System.out.println(-1); return; }
        ArrayList<Integer> route = new ArrayList<>();
        for (int v = n; ; v = prev[v]) { route.add(v); if (v == 1) break; }
        Collections.reverse(route);
        StringBuilder out = new StringBuilder().append(dist[n]).append('\n');
        for (int i = 0; i < route.size(); i++) out.append(route.get(i)).append(i + 1 < route.size() ? ' ' : '\n');
        System.out.print(out);
    }
}
