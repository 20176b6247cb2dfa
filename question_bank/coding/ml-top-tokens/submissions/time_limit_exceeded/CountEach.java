import java.io.*;
import java.util.*;

// counts every distinct token by scanning all the tokens again: O(distinct x tokens)
public class CountEach {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int k = Integer.parseInt(in.readLine().trim());
        List<String> tokens = new ArrayList<>();
        String line;
        while ((line = in.readLine()) != null) {
            for (String part : line.toLowerCase().split("[^a-z0-9]+")) {
                if (part.isEmpty()) continue;
                tokens.add(part.matches("[0-9]+") ? "<num>" : part);
            }
        }
        TreeSet<String> distinct = new TreeSet<>(tokens);
        List<String> order = new ArrayList<>(distinct);
        Map<String, Integer> counts = new HashMap<>();
        for (String t : order) counts.put(t, Collections.frequency(tokens, t));
        order.sort((a, b) -> counts.get(a).equals(counts.get(b)) ? a.compareTo(b) : counts.get(b) - counts.get(a));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < k; i++) out.append(order.get(i)).append(' ').append(counts.get(order.get(i))).append('\n');
        System.out.print(out);
    }
}
