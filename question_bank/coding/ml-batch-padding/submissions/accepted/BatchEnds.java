import java.io.*;
import java.util.*;

// sorted lengths: a batch is padded to its last sequence; only the ceil(n / B) batch ends are read
public class BatchEnds {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = next(in), q = next(in);
        long[] lengths = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) { lengths[i] = next(in); total += lengths[i]; }
        Arrays.sort(lengths);
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < q; j++) {
            int b = next(in);
            long padded = (long) (n % b) * lengths[n - 1];
            for (int end = b - 1; end < n; end += b) padded += b * lengths[end];
            out.append(padded - total).append('\n');
        }
        System.out.print(out);
    }

    static int next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        int value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return value;
    }
}
