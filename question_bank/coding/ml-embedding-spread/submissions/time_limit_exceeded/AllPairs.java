import java.io.*;
import java.util.*;

// compares every pair of vectors: O(n^2 d)
public class AllPairs {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), d = Integer.parseInt(head.nextToken());
        long[][] vectors = new long[n][d];
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            for (int k = 0; k < d; k++) vectors[i][k] = Long.parseLong(line.nextToken());
        }
        long total = 0;
        for (int i = 0; i < n; i++)
            for (int j = i + 1; j < n; j++)
                for (int k = 0; k < d; k++) total += Math.abs(vectors[i][k] - vectors[j][k]);
        System.out.println(total);
    }
}
