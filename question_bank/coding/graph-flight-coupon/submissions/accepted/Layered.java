import java.io.*;
import java.util.*;

public class Layered {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken(); int n = (int) in.nval;
        in.nextToken(); int m = (int) in.nval;
        int[] head = new int[n + 1], next = new int[m], to = new int[m], cost = new int[m];
        Arrays.fill(head, -1);
        for (int i = 0; i < m; i++) {
            in.nextToken(); int a = (int) in.nval;
            in.nextToken(); to[i] = (int) in.nval;
            in.nextToken(); cost[i] = (int) in.nval;
            next[i] = head[a]; head[a] = i;
        }
        long[] dist = new long[2 * (n + 1)];  // state = 2 * city + used
        Arrays.fill(dist, Long.MAX_VALUE);
        PriorityQueue<long[]> pq = new PriorityQueue<>((x, y) -> Long.compare(x[0], y[0]));
        dist[2] = 0;
        pq.add(new long[]{0, 2});
        while (!pq.isEmpty()) {
            long[] top = pq.poll();
            int s = (int) top[1], v = s / 2, used = s % 2;
            long d = top[0];
            if (d > dist[s]) continue;
            for (int e = head[v]; e != -1; e = next[e]) {
                int u = to[e];
                if (d + cost[e] < dist[2 * u + used]) { dist[2 * u + used] = d + cost[e]; pq.add(new long[]{d + cost[e], 2 * u + used}); }
                if (used == 0 && d + cost[e] / 2 < dist[2 * u + 1]) { dist[2 * u + 1] = d + cost[e] / 2; pq.add(new long[]{d + cost[e] / 2, 2 * u + 1}); }
            }
        }
        long best = Math.min(dist[2 * n], dist[2 * n + 1]);
        System.out.println(best == Long.MAX_VALUE ? -1 : best);
    }
}
