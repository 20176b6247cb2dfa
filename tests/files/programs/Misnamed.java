import java.util.Scanner;

class Helper {
    static int twice(int x) { return 2 * x; }
}

public class Solution {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        System.out.println(Helper.twice(in.nextInt()));
    }
}
