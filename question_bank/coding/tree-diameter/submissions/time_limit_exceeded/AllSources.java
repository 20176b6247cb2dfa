import java.io.*;
import java.util.*;

// a search from every switch: O(n^2)
public class AllSources {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        List<List<int[]>> adj = new ArrayList<>();
        for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
        for (int i = 0; i < n - 1; i++) {
            in.nextToken(); int u = (int) in.nval;
            in.nextToken(); int v = (int) in.nval;
            in.nextToken(); int w = (int) in.nval;
            adj.get(u).add(new int[] {v, w});
            adj.get(v).add(new int[] {u, w});
        }
        long best = 0;
        long[] dist = new long[n + 1];
        int[] stack = new int[n];
        for (int s = 1; s <= n; s++) {
            Arrays.fill(dist, -1);
            dist[s] = 0;
            int top = 0;
            stack[top++] = s;
            while (top > 0) {
                int v = stack[--top];
                best = Math.max(best, dist[v]);
                for (int[] e : adj.get(v))
                    if (dist[e[0]] < 0) { dist[e[0]] = dist[v] + e[1]; stack[top++] = e[0]; }
            }
        }
        System.out.println(best);
    }
}
