import java.io.*;
import java.util.*;

// scans the entries of every document l..r for the term: O(n) per query
public class ScanDocuments {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), q = Integer.parseInt(head.nextToken());
        int[][] terms = new int[n + 1][], counts = new int[n + 1][];
        for (int doc = 1; doc <= n; doc++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            int k = Integer.parseInt(line.nextToken());
            terms[doc] = new int[k];
            counts[doc] = new int[k];
            for (int j = 0; j < k; j++) {
                terms[doc][j] = Integer.parseInt(line.nextToken());
                counts[doc][j] = Integer.parseInt(line.nextToken());
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            int l = Integer.parseInt(line.nextToken()), r = Integer.parseInt(line.nextToken());
            int term = Integer.parseInt(line.nextToken());
            long answer = 0;
            for (int doc = l; doc <= r; doc++)
                for (int j = 0; j < terms[doc].length; j++)
                    if (terms[doc][j] == term) answer += counts[doc][j];
            out.append(answer).append('\n');
        }
        System.out.print(out);
    }
}
