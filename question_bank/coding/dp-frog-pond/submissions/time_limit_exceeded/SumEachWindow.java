import java.io.*;

// recomputes the sum of the previous k pads for every pad: O(n k)
public class SumEachWindow {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        in.nextToken();
        int m = (int) in.nval;
        boolean[] rotten = new boolean[n + 1];
        for (int i = 0; i < m; i++) { in.nextToken(); rotten[(int) in.nval] = true; }
        double[] p = new double[n + 1];
        p[0] = 1.0;
        for (int i = 1; i <= n; i++) {
            if (rotten[i]) continue;
            double total = 0.0;
            for (int j = Math.max(0, i - k); j < i; j++) total += p[j];
            p[i] = total / k;
        }
        System.out.printf("%.12f%n", p[n]);
    }
}
