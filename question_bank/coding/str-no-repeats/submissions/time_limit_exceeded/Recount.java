import java.io.*;

// O(n^2): recounts the remaining letters before placing each one
public class Recount {
    public static void main(String[] args) throws IOException {
        StringBuilder s = new StringBuilder(new BufferedReader(new InputStreamReader(System.in)).readLine().trim());
        StringBuilder out = new StringBuilder();
        char prev = 0;
        while (s.length() > 0) {
            int[] cnt = new int[26];
            for (int i = 0; i < s.length(); i++) cnt[s.charAt(i) - 'a']++;
            int pick = -1;
            for (int c = 0; c < 26; c++)
                if (cnt[c] > 0 && 'a' + c != prev && (pick < 0 || cnt[c] > cnt[pick])) pick = c;
            if (pick < 0) { System.out.println("IMPOSSIBLE"); return; }
            s.deleteCharAt(s.indexOf(String.valueOf((char) ('a' + pick))));
            out.append((char) ('a' + pick));
            prev = (char) ('a' + pick);
        }
        System.out.println(out);
    }
}
