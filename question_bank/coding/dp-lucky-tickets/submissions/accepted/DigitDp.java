import java.util.*;

public class DigitDp {
    static int k;

    static long countUpto(long n) {
        if (n < 0) return 0;
        String digits = Long.toString(n);
        long[][] free = new long[k][k];
        int tv = 0, ts = 0;
        for (char ch : digits.toCharArray()) {
            int d = ch - '0';
            long[][] next = new long[k][k];
            for (int a = 0; a < k; a++)
                for (int b = 0; b < k; b++) {
                    long c = free[a][b];
                    if (c == 0) continue;
                    for (int x = 0; x < 10; x++) next[(a * 10 + x) % k][(b + x) % k] += c;
                }
            for (int x = 0; x < d; x++) next[(tv * 10 + x) % k][(ts + x) % k]++;
            tv = (tv * 10 + d) % k;
            ts = (ts + d) % k;
            free = next;
        }
        return free[0][0] + (tv == 0 && ts == 0 ? 1 : 0);
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        k = in.nextInt();
        System.out.println(countUpto(b) - countUpto(a - 1));
    }
}
