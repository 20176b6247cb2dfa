import java.io.*;
import java.util.*;

// climbs from the deeper person one parent at a time: O(depth) per query (scores group 1 only)
public class WalkUp {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int q = (int) in.nval;
        int[] parent = new int[n + 1], depth = new int[n + 1];
        List<List<Integer>> children = new ArrayList<>();
        for (int i = 0; i <= n; i++) children.add(new ArrayList<>());
        for (int i = 2; i <= n; i++) { in.nextToken(); parent[i] = (int) in.nval; children.get(parent[i]).add(i); }
        int[] order = new int[n];
        int size = 0;
        order[size++] = 1;
        for (int k = 0; k < size; k++)
            for (int c : children.get(order[k])) { depth[c] = depth[order[k]] + 1; order[size++] = c; }
        StringBuilder out = new StringBuilder();
        while (q-- > 0) {
            in.nextToken(); int a = (int) in.nval;
            in.nextToken(); int b = (int) in.nval;
            int dist = 0;
            while (a != b) {
                if (depth[a] < depth[b]) { int t = a; a = b; b = t; }
                a = parent[a];
                dist++;
            }
            out.append(dist).append('\n');
        }
        System.out.print(out);
    }
}
