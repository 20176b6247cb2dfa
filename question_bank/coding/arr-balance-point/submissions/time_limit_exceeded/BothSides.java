import java.io.*;
import java.util.*;

// O(n^2): sums both sides afresh for every pivot
public class BothSides {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] w = new long[n];
        for (int i = 0; i < n; i++) { in.nextToken(); w[i] = (long) in.nval; }
        for (int i = 0; i < n; i++) {
            long left = 0, right = 0;
            for (int j = 0; j < i; j++) left += w[j];
            for (int j = i + 1; j < n; j++) right += w[j];
            if (left == right) { System.out.println(i + 1); return; }
        }
        System.out.println(-1);
    }
}
