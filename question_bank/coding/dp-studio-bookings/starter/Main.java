import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        long[][] jobs = new long[n][3];  // start, end, payment
        for (int i = 0; i < n; i++) {
            StringTokenizer st = new StringTokenizer(in.readLine());
            for (int k = 0; k < 3; k++) jobs[i][k] = Long.parseLong(st.nextToken());
        }
        // print the best total payment (64-bit)
        System.out.println(0);
    }
}
