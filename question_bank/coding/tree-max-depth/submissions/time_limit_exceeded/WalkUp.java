import java.io.*;

// the depth of every node by walking up to the root: O(n * depth), quadratic on a chain
public class WalkUp {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        int[] parent = new int[n];
        parent[0] = -1;
        for (int i = 1; i < n; i++) { in.nextToken(); parent[i] = (int) in.nval; }
        int best = 0;
        for (int v = 0; v < n; v++) {
            int depth = 0;
            for (int u = v; u != -1; u = parent[u]) depth++;
            best = Math.max(best, depth);
        }
        System.out.println(best);
    }
}
