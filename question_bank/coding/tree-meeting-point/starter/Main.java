import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        for (int i = 0; i < n - 1; i++) {
            in.nextToken(); int u = (int) in.nval;
            in.nextToken(); int v = (int) in.nval;
            in.nextToken(); int w = (int) in.nval;
            // store the road
        }
        long[] cost = new long[n + 1];
        // compute cost[1..n]
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) out.append(cost[i]).append(i < n ? ' ' : '\n');
        System.out.print(out);
    }
}
