import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), q = Integer.parseInt(head.nextToken());
        StringTokenizer line = new StringTokenizer(in.readLine());
        long[] w = new long[n];
        for (int i = 0; i < n; i++) w[i] = Long.parseLong(line.nextToken());
        StringBuilder out = new StringBuilder();
        for (int t = 0; t < q; t++) {
            StringTokenizer query = new StringTokenizer(in.readLine());
            long p = Long.parseLong(query.nextToken()), r = Long.parseLong(query.nextToken());
            out.append(0).append(' ').append(0).append('\n');  // the nucleus size k and the index of the drawn token
        }
        System.out.print(out);
    }
}
