import java.io.*;

// O(n^2): expands around each of the 2n - 1 centres
public class Expand {
    public static void main(String[] args) throws IOException {
        char[] s = new BufferedReader(new InputStreamReader(System.in)).readLine().trim().toCharArray();
        int n = s.length, bestLen = 0, bestStart = 0;
        for (int c = 0; c < 2 * n - 1; c++) {
            int a = c / 2, b = (c + 1) / 2;
            while (a >= 0 && b < n && s[a] == s[b]) { a--; b++; }
            int length = b - a - 1;
            if (length > bestLen || (length == bestLen && a + 1 < bestStart)) { bestLen = length; bestStart = a + 1; }
        }
        System.out.println(bestLen + " " + (bestStart + 1));
    }
}
