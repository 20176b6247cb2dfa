import java.io.*;
import java.util.*;

// best[i] = p_i + max over all earlier compatible bookings: O(n^2)
public class Quadratic {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[][] jobs = new long[n][3];  // end, start, pay
        for (long[] j : jobs) {
            in.nextToken(); j[1] = (long) in.nval;
            in.nextToken(); j[0] = (long) in.nval;
            in.nextToken(); j[2] = (long) in.nval;
        }
        Arrays.sort(jobs, (x, y) -> Long.compare(x[0], y[0]));
        long[] best = new long[n];
        long answer = 0;
        for (int i = 0; i < n; i++) {
            long prior = 0;
            for (int j = 0; j < i; j++)
                if (jobs[j][0] <= jobs[i][1] && best[j] > prior) prior = best[j];
            best[i] = prior + jobs[i][2];
            answer = Math.max(answer, best[i]);
        }
        System.out.println(answer);
    }
}
