import java.util.*;

// checks every multiple of K in [A, B]: about (B - A) / K digit sums
public class BruteForce {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        int k = in.nextInt();
        long count = 0;
        for (long x = (a + k - 1) / k * k; x <= b; x += k) {
            int s = 0;
            for (long y = x; y > 0; y /= 10) s += (int) (y % 10);
            if (s % k == 0) count++;
        }
        System.out.println(count);
    }
}
