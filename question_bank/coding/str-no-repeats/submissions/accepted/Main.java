import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = in.readLine().trim();
        int n = s.length();
        int[] cnt = new int[26];
        for (int i = 0; i < n; i++) cnt[s.charAt(i) - 'a']++;
        int most = 0;
        for (int c = 1; c < 26; c++) if (cnt[c] > cnt[most]) most = c;
        if (cnt[most] > (n + 1) / 2) { System.out.println("IMPOSSIBLE"); return; }
        char[] out = new char[n];
        int pos = 0;
        for (int k = -1; k < 26; k++) {
            int c = k < 0 ? most : k;
            if (k == most) continue;
            for (int j = 0; j < cnt[c]; j++) {
                out[pos] = (char) ('a' + c);
                pos += 2;
                if (pos >= n) pos = 1;
            }
        }
        System.out.println(new String(out));
    }
}
