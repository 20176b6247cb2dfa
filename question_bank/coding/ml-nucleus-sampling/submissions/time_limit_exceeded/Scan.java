import java.io.*;
import java.util.*;

// sorts once, but scans the prefix sums from the start for every query: O(n) per query
public class Scan {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), q = Integer.parseInt(head.nextToken());
        StringTokenizer line = new StringTokenizer(in.readLine());
        long[] w = new long[n];
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) { w[i] = Long.parseLong(line.nextToken()); order[i] = i; }
        Arrays.sort(order, (a, b) -> w[a] != w[b] ? Long.compare(w[b], w[a]) : Integer.compare(a, b));
        long[] prefix = new long[n];
        long sum = 0;
        for (int i = 0; i < n; i++) prefix[i] = sum += w[order[i]];
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < q; t++) {
            StringTokenizer query = new StringTokenizer(in.readLine());
            long p = Long.parseLong(query.nextToken()), r = Long.parseLong(query.nextToken());
            int k = 0;
            while (100 * prefix[k] < p * sum) k++;
            int j = 0;
            while (1000000 * prefix[j] <= r * prefix[k]) j++;
            out.append(k + 1).append(' ').append(order[j] + 1).append('\n');
        }
        System.out.print(out);
    }
}
