import java.io.*;

// Welford's update: running mean and M2, the sum of squared deviations from it
public class Welford {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in);
        double mean = 0, m2 = 0;
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            long x = next(in);
            double delta = x - mean;
            mean += delta / i;
            m2 += delta * (x - mean);
            out.append(m2 / i).append('\n');  // shortest exact decimal form, e.g. 2.6666666666666665
        }
        System.out.print(out);
    }

    static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return value;
    }
}
