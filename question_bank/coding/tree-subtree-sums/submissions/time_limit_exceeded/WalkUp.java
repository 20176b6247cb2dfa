import java.io.*;

// adds each value to every ancestor: O(n * depth), quadratic on a chain
public class WalkUp {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] value = new long[n], total = new long[n];
        int[] parent = new int[n];
        parent[0] = -1;
        for (int i = 0; i < n; i++) { in.nextToken(); value[i] = (long) in.nval; }
        for (int i = 1; i < n; i++) { in.nextToken(); parent[i] = (int) in.nval; }
        for (int v = 0; v < n; v++)
            for (int u = v; u != -1; u = parent[u]) total[u] += value[v];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(total[i]).append(i + 1 < n ? ' ' : '\n');
        System.out.print(out);
    }
}
