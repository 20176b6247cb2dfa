import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in);
        long[] w = new long[n];
        long total = 0;
        for (int i = 0; i < n; i++) { w[i] = next(in); total += w[i]; }
        long left = 0;
        for (int i = 0; i < n; i++) {
            if (2 * left + w[i] == total) { System.out.println(i + 1); return; }
            left += w[i];
        }
        System.out.println(-1);
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
