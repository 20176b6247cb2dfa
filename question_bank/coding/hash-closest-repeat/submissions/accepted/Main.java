import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = next(in);
        HashMap<Integer, Integer> last = new HashMap<>(2 * n);
        int best = Integer.MAX_VALUE;
        for (int j = 0; j < n; j++) {
            Integer i = last.put(next(in), j);
            if (i != null) best = Math.min(best, j - i);
        }
        System.out.println(best == Integer.MAX_VALUE ? -1 : best);
    }

    static int next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        int v = 0;
        while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = in.read(); }
        return neg ? -v : v;
    }
}
