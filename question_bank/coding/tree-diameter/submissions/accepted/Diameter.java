import java.io.*;
import java.util.*;

public class Diameter {
    static int n;
    static int[] head, next, to, len;

    static int farthest(int s, long[] dist) {
        Arrays.fill(dist, -1);
        int[] stack = new int[n];
        int top = 0;
        stack[top++] = s;
        dist[s] = 0;
        while (top > 0) {
            int v = stack[--top];
            for (int e = head[v]; e != -1; e = next[e])
                if (dist[to[e]] < 0) { dist[to[e]] = dist[v] + len[e]; stack[top++] = to[e]; }
        }
        int best = 1;
        for (int v = 1; v <= n; v++) if (dist[v] > dist[best]) best = v;
        return best;
    }

    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        n = (int) in.nval;
        head = new int[n + 1];
        Arrays.fill(head, -1);
        next = new int[2 * n]; to = new int[2 * n]; len = new int[2 * n];
        int m = 0;
        for (int i = 0; i < n - 1; i++) {
            in.nextToken(); int u = (int) in.nval;
            in.nextToken(); int v = (int) in.nval;
            in.nextToken(); int w = (int) in.nval;
            to[m] = v; len[m] = w; next[m] = head[u]; head[u] = m++;
            to[m] = u; len[m] = w; next[m] = head[v]; head[v] = m++;
        }
        long[] dist = new long[n + 1];
        int a = farthest(1, dist);
        int b = farthest(a, dist);
        System.out.println(dist[b]);
    }
}
