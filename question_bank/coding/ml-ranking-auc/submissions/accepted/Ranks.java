import java.io.*;
import java.util.*;

public class Ranks {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in);
        long[] key = new long[n];  // score * 2 + label: sorts by score, labels inside a block don't matter
        for (int i = 0; i < n; i++) key[i] = next(in) * 2;
        long positives = 0;
        for (int i = 0; i < n; i++) { long y = next(in); key[i] += y; positives += y; }
        Arrays.sort(key);
        long negatives = n - positives, twiceCorrect = 0, negativesBelow = 0;
        for (int i = 0, j; i < n; i = j) {
            long blockPos = 0, blockNeg = 0;
            for (j = i; j < n && key[j] / 2 == key[i] / 2; j++) {
                if (key[j] % 2 == 1) blockPos++; else blockNeg++;
            }
            twiceCorrect += 2 * blockPos * negativesBelow + blockPos * blockNeg;
            negativesBelow += blockNeg;
        }
        System.out.printf("%.9f%n", (double) twiceCorrect / (2.0 * positives * negatives));
    }

    static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return value;
    }
}
