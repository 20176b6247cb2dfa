import java.io.*;

// tries all three mutations without memoisation: exponential
public class Recursion {
    static String a, b;

    static int dist(int i, int j) {
        if (i == a.length()) return b.length() - j;
        if (j == b.length()) return a.length() - i;
        if (a.charAt(i) == b.charAt(j)) return dist(i + 1, j + 1);
        return 1 + Math.min(dist(i + 1, j + 1), Math.min(dist(i + 1, j), dist(i, j + 1)));
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        a = in.readLine().trim();
        b = in.readLine().trim();
        System.out.println(dist(0, 0));
    }
}
