import java.io.*;

// O(n^2): looks ahead from every position for the next equal code
public class AllPairs {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] a = new long[n];
        for (int i = 0; i < n; i++) { in.nextToken(); a[i] = (long) in.nval; }
        int best = n + 1;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n && j < i + best; j++)
                if (a[j] == a[i]) { best = j - i; break; }
        System.out.println(best <= n ? best : -1);
    }
}
