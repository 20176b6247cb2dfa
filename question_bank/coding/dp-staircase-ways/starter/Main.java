import java.util.*;

public class Main {
    static final long MOD = 1_000_000_007L;

    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt(), k = in.nextInt();
        int[] steps = new int[k];
        for (int i = 0; i < k; i++) steps[i] = in.nextInt();
        // print the number of ways modulo MOD
        System.out.println(0);
    }
}
