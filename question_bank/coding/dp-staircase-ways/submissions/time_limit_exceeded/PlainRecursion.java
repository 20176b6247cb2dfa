import java.util.*;

// recursion without memoisation: exponential
public class PlainRecursion {
    static final long MOD = 1_000_000_007L;
    static int[] steps;

    static long ways(int n) {
        if (n == 0) return 1;
        long total = 0;
        for (int s : steps) if (s <= n) total = (total + ways(n - s)) % MOD;
        return total;
    }

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(), k = in.nextInt();
        steps = new int[k];
        for (int i = 0; i < k; i++) steps[i] = in.nextInt();
        System.out.println(ways(n));
    }
}
