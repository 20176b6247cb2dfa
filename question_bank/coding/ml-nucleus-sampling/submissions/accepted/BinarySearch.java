import java.io.*;
import java.util.*;

// sort once, prefix sums, then two binary searches per query
public class BinarySearch {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in), q = (int) next(in);
        long[] keys = new long[n];  // (10^6 - weight) * 2^18 + index: sorting gives heaviest first, ties by index
        long[] w = new long[n];
        for (int i = 0; i < n; i++) { w[i] = next(in); keys[i] = ((1000000 - w[i]) << 18) | i; }
        Arrays.sort(keys);
        int[] order = new int[n];
        long[] prefix = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) { order[i] = (int) (keys[i] & ((1 << 18) - 1)); prefix[i] = sum += w[order[i]]; }
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < q; t++) {
            long p = next(in), r = next(in);
            int k = firstAbove(prefix, (p * sum + 99) / 100 - 1);
            int j = firstAbove(prefix, r * prefix[k] / 1000000);
            out.append(k + 1).append(' ').append(order[j] + 1).append('\n');
        }
        System.out.print(out);
    }

    // the first position whose prefix sum exceeds x (n when none does)
    static int firstAbove(long[] prefix, long x) {
        int lo = 0, hi = prefix.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (prefix[mid] > x) hi = mid; else lo = mid + 1;
        }
        return lo;
    }

    static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return value;
    }
}
