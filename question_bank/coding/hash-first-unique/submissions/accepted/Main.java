import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = next(in);
        int[] ids = new int[n];
        HashMap<Integer, Integer> counts = new HashMap<>(2 * n);
        for (int i = 0; i < n; i++) {
            ids[i] = next(in);
            counts.merge(ids[i], 1, Integer::sum);
        }
        for (int x : ids) {
            if (counts.get(x) == 1) { System.out.println(x); return; }
        }
        System.out.println(-1);
    }

    static int next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        int v = 0;
        while (c >= '0' && c <= '9') { v = v * 10 + (c - '0'); c = in.read(); }
        return v;
    }
}
