import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = next(in);
        HashSet<Integer> present = new HashSet<>(2 * n);
        for (int i = 0; i < n; i++) present.add(next(in));
        long bestLen = 0, bestStart = 0;
        for (int x : present) {
            if (present.contains(x - 1)) continue;
            long y = x + 1L;
            while (y <= Integer.MAX_VALUE && present.contains((int) y)) y++;
            long len = y - x;
            if (len > bestLen || (len == bestLen && x < bestStart)) { bestLen = len; bestStart = x; }
        }
        System.out.println(bestLen + " " + bestStart);
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
