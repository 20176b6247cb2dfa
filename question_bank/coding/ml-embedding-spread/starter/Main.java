import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), d = Integer.parseInt(head.nextToken());
        long[][] x = new long[n][d];  // x[i][k]: coordinate k of vector i
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            for (int k = 0; k < d; k++) x[i][k] = Long.parseLong(line.nextToken());
        }
        long total = 0;  // the sum of the L1 distances over all pairs i < j
        System.out.println(total);
    }
}
