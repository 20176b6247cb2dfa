import java.io.*;
import java.util.*;

// one Dijkstra per choice of discounted flight: O(m * m log n)
public class TryEachFlight {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        int[][] flights = new int[m][3];
        for (int[] f : flights)
            for (int i = 0; i < 3; i++) { in.nextToken(); f[i] = (int) in.nval; }
        long inf = Long.MAX_VALUE, best = inf;
        for (int k = 0; k <= m; k++) {
            List<List<long[]>> adj = new ArrayList<>();
            for (int i = 0; i <= n; i++) adj.add(new ArrayList<>());
            for (int j = 0; j < m; j++)
                adj.get(flights[j][0]).add(new long[] {flights[j][1], j == k ? flights[j][2] / 2 : flights[j][2]});
            long[] dist = new long[n + 1];
            Arrays.fill(dist, inf);
            PriorityQueue<long[]> heap = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
            dist[1] = 0;
            heap.add(new long[] {0, 1});
            while (!heap.isEmpty()) {
                long[] top = heap.poll();
                int v = (int) top[1];
                if (top[0] > dist[v]) continue;
                for (long[] e : adj.get(v))
                    if (top[0] + e[1] < dist[(int) e[0]]) {
                        dist[(int) e[0]] = top[0] + e[1];
                        heap.add(new long[] {dist[(int) e[0]], e[0]});
                    }
            }
            best = Math.min(best, dist[n]);
        }
        System.out.println(best == inf ? -1 : best);
    }
}
