import java.util.*;

public class Main {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        long a = in.nextLong(), b = in.nextLong();
        int k = in.nextInt();
        // print how many x in [a, b] have x % k == 0 and digit_sum(x) % k == 0
        System.out.println(0);
    }
}
