import java.io.*;
import java.util.*;

// scans every slot for the one that frees first: O(C) per request
public class ScanSlots {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken()), c = Integer.parseInt(head.nextToken());
        long patience = Long.parseLong(head.nextToken());
        long[] free = new long[c];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            StringTokenizer line = new StringTokenizer(in.readLine());
            long arrival = Long.parseLong(line.nextToken()), duration = Long.parseLong(line.nextToken());
            int best = 0;
            for (int s = 1; s < c; s++)
                if (free[s] < free[best]) best = s;
            long start = Math.max(arrival, free[best]);
            if (start - arrival > patience) {
                out.append(-1).append('\n');
            } else {
                free[best] = start + duration;
                out.append(start + duration).append('\n');
            }
        }
        System.out.print(out);
    }
}
