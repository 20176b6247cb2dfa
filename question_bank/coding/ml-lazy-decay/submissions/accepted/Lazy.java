import java.io.*;
import java.util.*;

// lazy decay: each weight remembers the step it was last written and settles the decay it owes when touched
public class Lazy {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) nextLong(in);
        double f = 1.0 - nextDouble(in);
        HashMap<Integer, Integer> index = new HashMap<>();
        int[] ids = new int[300000], last = new int[300000];
        double[] weight = new double[300000];
        int size = 0;
        for (int t = 1; t <= n; t++) {
            int c = (int) nextLong(in);
            for (int k = 0; k < c; k++) {
                int j = (int) nextLong(in), g = (int) nextLong(in);
                Integer s = index.get(j);
                if (s == null) {
                    index.put(j, size);
                    ids[size] = j; last[size] = t; weight[size] = g;
                    size++;
                } else {
                    weight[s] = weight[s] * Math.pow(f, t - last[s]) + g;
                    last[s] = t;
                }
            }
        }
        long[] order = new long[size];  // id * 2^20 + slot, sorted by id
        for (int s = 0; s < size; s++) order[s] = ((long) ids[s] << 20) | s;
        Arrays.sort(order);
        StringBuilder out = new StringBuilder();
        for (long key : order) {
            int s = (int) (key & ((1 << 20) - 1));
            out.append(weight[s] * Math.pow(f, n - last[s])).append('\n');
        }
        System.out.print(out);
    }

    static long nextLong(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return negative ? -value : value;
    }

    static double nextDouble(DataInputStream in) throws IOException {
        StringBuilder text = new StringBuilder();
        int c = in.read();
        while (c == ' ' || c == '\n') c = in.read();
        while (c == '.' || (c >= '0' && c <= '9')) { text.append((char) c); c = in.read(); }
        return Double.parseDouble(text.toString());
    }
}
