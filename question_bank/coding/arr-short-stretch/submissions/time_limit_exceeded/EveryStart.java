import java.io.*;

// O(n^2): from every start, extend until the sum reaches S (scores group 1 only)
public class EveryStart {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        long s = (long) in.nval;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) { in.nextToken(); a[i] = (long) in.nval; }
        int best = 0;
        for (int l = 0; l < n; l++) {
            long total = 0;
            for (int r = l; r < n; r++) {
                total += a[r];
                if (total >= s) {
                    if (best == 0 || r - l + 1 < best) best = r - l + 1;
                    break;
                }
            }
        }
        System.out.println(best);
    }
}
