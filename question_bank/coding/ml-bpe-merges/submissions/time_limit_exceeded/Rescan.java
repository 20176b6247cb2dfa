import java.io.*;
import java.util.*;

// rescans every adjacent pair for the lowest rank after each merge: O(n) per merge
public class Rescan {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String text = in.readLine();
        int m = Integer.parseInt(in.readLine().trim());
        HashMap<String, Integer> rank = new HashMap<>();
        for (int j = 1; j <= m; j++) rank.put(in.readLine(), j);  // "a b" identifies the pair
        ArrayList<String> tokens = new ArrayList<>();
        for (char c : text.toCharArray()) tokens.add(String.valueOf(c));
        while (true) {
            int best = Integer.MAX_VALUE, where = -1;
            for (int i = 0; i + 1 < tokens.size(); i++) {
                Integer r = rank.get(tokens.get(i) + " " + tokens.get(i + 1));
                if (r != null && r < best) { best = r; where = i; }
            }
            if (where < 0) break;
            tokens.set(where, tokens.get(where) + tokens.get(where + 1));
            tokens.remove(where + 1);
        }
        System.out.println(String.join(" ", tokens));
    }
}
