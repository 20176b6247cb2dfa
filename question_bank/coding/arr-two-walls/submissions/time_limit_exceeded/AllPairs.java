import java.io.*;

// O(n^2): tries every pair of walls
public class AllPairs {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] h = new long[n];
        for (int i = 0; i < n; i++) { in.nextToken(); h[i] = (long) in.nval; }
        long best = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                best = Math.max(best, (j - i) * Math.min(h[i], h[j]));
        System.out.println(best);
    }
}
