import java.io.*;
import java.util.*;

// Dijkstra that scans every junction for the closest unvisited one: O(n^2)
public class QuadraticDijkstra {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < m; i++) {
            in.nextToken(); int a = (int) in.nval;
            in.nextToken(); int b = (int) in.nval;
            in.nextToken(); int t = (int) in.nval;
            adj.get(a).add(new int[] {b, t});
            adj.get(b).add(new int[] {a, t});
        }
        long inf = Long.MAX_VALUE;
        long[] dist = new long[n + 1];
        Arrays.fill(dist, inf);
        int[] prev = new int[n + 1];
        boolean[] done = new boolean[n + 1];
        dist[1] = 0;
        for (int step = 0; step < n; step++) {
            int v = -1;
            for (int u = 1; u <= n; u++)
                if (!done[u] && dist[u] != inf && (v < 0 || dist[u] < dist[v])) v = u;
            if (v < 0) break;
            done[v] = true;
            for (int[] e : adj.get(v))
                if (dist[v] + e[1] < dist[e[0]]) { dist[e[0]] = dist[v] + e[1]; prev[e[0]] = v; }
        }
        if (dist[n] == inf) { System.out.println(-1); return; }
        List<Integer> route = new ArrayList<>();
        for (int v = n; v != 1; v = prev[v]) route.add(v);
        route.add(1);
        StringBuilder out = new StringBuilder().append(dist[n]).append('\n');
        for (int i = route.size() - 1; i >= 0; i--) out.append(route.get(i)).append(i > 0 ? ' ' : '\n');
        System.out.print(out);
    }
}
