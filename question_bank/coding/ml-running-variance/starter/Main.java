import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer readings = new StringTokenizer(in.readLine());
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            long x = Long.parseLong(readings.nextToken());
            // append the variance of the first i readings, then a newline
        }
        System.out.print(out);
    }
}
