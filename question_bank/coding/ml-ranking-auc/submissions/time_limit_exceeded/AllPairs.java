import java.io.*;

// compares every spam message with every legitimate one: P x N pairs
public class AllPairs {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] s = new long[n];
        int[] y = new int[n];
        for (int i = 0; i < n; i++) { in.nextToken(); s[i] = (long) in.nval; }
        int positives = 0;
        for (int i = 0; i < n; i++) { in.nextToken(); y[i] = (int) in.nval; positives += y[i]; }
        long[] pos = new long[positives], neg = new long[n - positives];
        for (int i = 0, a = 0, b = 0; i < n; i++) { if (y[i] == 1) pos[a++] = s[i]; else neg[b++] = s[i]; }
        long twice = 0;
        for (long p : pos)
            for (long q : neg) twice += p > q ? 2 : (p == q ? 1 : 0);
        System.out.printf("%.9f%n", (double) twice / (2.0 * pos.length * neg.length));
    }
}
