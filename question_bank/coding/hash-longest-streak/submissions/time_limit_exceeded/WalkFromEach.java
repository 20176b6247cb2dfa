import java.io.*;
import java.util.*;

// O(n^2) on one long streak: walks upwards from every number, not only from streak starts
public class WalkFromEach {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        Set<Long> present = new HashSet<>();
        for (int i = 0; i < n; i++) { in.nextToken(); present.add((long) in.nval); }
        long bestLen = 0, bestStart = 0;
        for (long x : present) {
            long y = x + 1;
            while (present.contains(y)) y++;
            if (y - x > bestLen || (y - x == bestLen && x < bestStart)) { bestLen = y - x; bestStart = x; }
        }
        System.out.println(bestLen + " " + bestStart);
    }
}
