import java.io.*;
import java.util.*;

// "quick find": each union relabels every node, O(n m)
public class RelabelAll {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        int[] label = new int[n];
        for (int i = 0; i < n; i++) label[i] = i;
        for (int i = 0; i < m; i++) {
            in.nextToken();
            int u = (int) in.nval;
            in.nextToken();
            int v = (int) in.nval;
            int a = label[u], b = label[v];
            if (a != b)
                for (int x = 0; x < n; x++)
                    if (label[x] == a) label[x] = b;
        }
        Set<Integer> distinct = new HashSet<>();
        for (int x : label) distinct.add(x);
        System.out.println(distinct.size());
    }
}
