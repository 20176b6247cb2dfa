import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        char[] t = in.readLine().trim().toCharArray();
        char[] p = in.readLine().trim().toCharArray();
        int m = p.length;
        // Z-function of p + '#' + t
        char[] s = new char[m + 1 + t.length];
        System.arraycopy(p, 0, s, 0, m);
        s[m] = '#';
        System.arraycopy(t, 0, s, m + 1, t.length);
        int n = s.length;
        int[] z = new int[n];
        int count = 0, first = 0, last = 0;
        for (int i = 1, l = 0, r = 0; i < n; i++) {
            if (i < r) z[i] = Math.min(r - i, z[i - l]);
            while (i + z[i] < n && s[z[i]] == s[i + z[i]]) z[i]++;
            if (i + z[i] > r) { l = i; r = i + z[i]; }
            if (i > m && z[i] == m) {
                count++;
                last = i - m;
                if (count == 1) first = last;
            }
        }
        StringBuilder out = new StringBuilder().append(count).append('\n');
        if (count > 0) out.append(first).append(' ').append(last).append('\n');
        System.out.print(out);
    }
}
