import java.io.*;
import java.util.*;

// sorts every column: after sorting, a_i is added i times and subtracted n - 1 - i times
public class SortedColumns {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in), d = (int) next(in);
        long[][] columns = new long[d][n];
        for (int i = 0; i < n; i++)
            for (int k = 0; k < d; k++) columns[k][i] = next(in);
        long total = 0;
        for (long[] column : columns) {
            Arrays.sort(column);
            for (int i = 0; i < n; i++) total += column[i] * (2L * i - n + 1);
        }
        System.out.println(total);
    }

    static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c != '-' && (c < '0' || c > '9')) c = in.read();
        boolean negative = c == '-';
        if (negative) c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return negative ? -value : value;
    }
}
