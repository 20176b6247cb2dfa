import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in);
        long k = next(in);
        HashMap<Long, Integer> seen = new HashMap<>(2 * n + 2);
        seen.put(0L, 1);
        long prefix = 0, count = 0;
        for (int i = 0; i < n; i++) {
            prefix += next(in);
            count += seen.getOrDefault(prefix - k, 0);
            seen.merge(prefix, 1, Integer::sum);
        }
        System.out.println(count);
    }

    static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean neg = c == '-';
        if (neg) c = in.read();
        long v = 0;
        while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = in.read(); }
        return neg ? -v : v;
    }
}
