import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String s = in.readLine().trim(), t = in.readLine().trim();
        HashMap<Character, Integer> need = new HashMap<>();
        for (int i = 0; i < t.length(); i++) need.merge(t.charAt(i), 1, Integer::sum);
        int missing = t.length(), bestLen = s.length() + 1, bestStart = -1, left = 0;
        for (int right = 0; right < s.length(); right++) {
            char c = s.charAt(right);
            int v = need.getOrDefault(c, 0);
            if (v > 0) missing--;
            need.put(c, v - 1);
            if (missing == 0) {
                while (need.get(s.charAt(left)) < 0) {
                    need.merge(s.charAt(left), 1, Integer::sum);
                    left++;
                }
                if (right - left + 1 < bestLen) { bestLen = right - left + 1; bestStart = left; }
                need.merge(s.charAt(left), 1, Integer::sum);
                left++;
                missing++;
            }
        }
        System.out.println(bestStart < 0 ? "-1" : bestLen + " " + (bestStart + 1));
    }
}
