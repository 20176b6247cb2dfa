import java.io.*;

// O(|s|^2): from every start, extends the window until it covers t
public class EveryStart {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        char[] s = in.readLine().trim().toCharArray();
        char[] t = in.readLine().trim().toCharArray();
        int n = s.length;
        int[] base = new int[128];
        for (char c : t) base[c]++;
        int bestLen = n + 1, bestStart = -1;
        for (int l = 0; l < n; l++) {
            int[] need = base.clone();
            int missing = t.length;
            for (int r = l; r < n && r < l + bestLen - 1; r++) {
                if (need[s[r]]-- > 0) missing--;
                if (missing == 0) { bestLen = r - l + 1; bestStart = l; break; }
            }
        }
        System.out.println(bestStart < 0 ? "-1" : bestLen + " " + (bestStart + 1));
    }
}
