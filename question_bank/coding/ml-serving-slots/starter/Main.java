import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), c = Integer.parseInt(head.nextToken());
        long patience = Long.parseLong(head.nextToken());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            long arrival = Long.parseLong(line.nextToken()), duration = Long.parseLong(line.nextToken());
            out.append(-1).append('\n');  // the finish time of request i, or -1 if it times out
        }
        System.out.print(out);
    }
}
