import java.io.*;
import java.util.*;

// scans all courses for a free one at every step: O(n^2)
public class ScanForFree {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        List<List<Integer>> after = new ArrayList<>();
        for (int i = 0; i < n; i++) after.add(new ArrayList<>());
        int[] indegree = new int[n];
        for (int i = 0; i < m; i++) {
            in.nextToken();
            int u = (int) in.nval;
            in.nextToken();
            int v = (int) in.nval;
            after.get(u).add(v);
            indegree[v]++;
        }
        boolean[] done = new boolean[n];
        StringBuilder out = new StringBuilder();
        for (int step = 0; step < n; step++) {
            int v = 0;
            while (v < n && (done[v] || indegree[v] != 0)) v++;
            if (v == n) { System.out.println("IMPOSSIBLE"); return; }
            done[v] = true;
            out.append(v).append(step + 1 < n ? ' ' : '\n');
            for (int w : after.get(v)) indegree[w]--;
        }
        System.out.print(out);
    }
}
