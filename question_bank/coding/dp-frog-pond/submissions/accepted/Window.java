import java.io.*;
import java.util.*;

public class Window {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken(); int n = (int) in.nval;
        in.nextToken(); int k = (int) in.nval;
        in.nextToken(); int m = (int) in.nval;
        boolean[] rotten = new boolean[n + 1];
        for (int i = 0; i < m; i++) { in.nextToken(); rotten[(int) in.nval] = true; }
        double[] p = new double[n + 1];
        p[0] = 1.0;
        double window = 1.0;
        for (int i = 1; i <= n; i++) {
            p[i] = rotten[i] ? 0.0 : window / k;
            window += p[i];
            if (i >= k) window -= p[i - k];
        }
        System.out.printf("%.12f%n", Math.max(p[n], 0.0));
    }
}
