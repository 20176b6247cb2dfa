import java.io.*;

// O(n^2) over all stretches of length >= k, with prefix sums
public class AllStretches {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        int k = (int) in.nval;
        long[] p = new long[n + 1];
        for (int i = 0; i < n; i++) { in.nextToken(); p[i + 1] = p[i] + (long) in.nval; }
        double best = -1e18;
        for (int l = 0; l + k <= n; l++)
            for (int r = l + k; r <= n; r++)
                best = Math.max(best, (double) (p[r] - p[l]) / (r - l));
        System.out.printf("%.9f%n", best);
    }
}
