import java.io.*;
import java.util.*;

// goes through all n sequences for every batch size: O(n q)
public class EverySequence {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), q = Integer.parseInt(head.nextToken());
        long[] lengths = new long[n];
        StringTokenizer line = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) lengths[i] = Long.parseLong(line.nextToken());
        Arrays.sort(lengths);
        StringTokenizer sizes = new StringTokenizer(in.readLine());
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < q; j++) {
            int b = Integer.parseInt(sizes.nextToken());
            long padding = 0;
            for (int start = 0; start < n; start += b) {
                int end = Math.min(n, start + b);
                long longest = 0;
                for (int i = start; i < end; i++) longest = Math.max(longest, lengths[i]);
                for (int i = start; i < end; i++) padding += longest - lengths[i];
            }
            out.append(padding).append('\n');
        }
        System.out.print(out);
    }
}
