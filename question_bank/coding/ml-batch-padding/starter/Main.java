import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), q = Integer.parseInt(head.nextToken());
        long[] lengths = new long[n];
        StringTokenizer line = new StringTokenizer(in.readLine());
        for (int i = 0; i < n; i++) lengths[i] = Long.parseLong(line.nextToken());
        StringTokenizer sizes = new StringTokenizer(in.readLine());
        StringBuilder out = new StringBuilder();
        for (int j = 0; j < q; j++) {
            int b = Integer.parseInt(sizes.nextToken());
            out.append(0).append('\n');  // the padding tokens with batch size b
        }
        System.out.print(out);
    }
}
