import java.io.*;
import java.util.*;

// one scan builds the tokens, a hash map counts them, one sort orders them
public class CountSort {
    public static void main(String[] args) throws IOException {
        byte[] data = System.in.readAllBytes();
        int pos = 0, k = 0;
        while (data[pos] != '\n') k = k * 10 + (data[pos++] - '0');
        HashMap<String, Integer> counts = new HashMap<>();
        StringBuilder token = new StringBuilder();
        boolean letter = false;
        for (int i = pos + 1; i <= data.length; i++) {
            int c = i < data.length ? data[i] : ' ';
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) { token.append((char) (c | 32)); letter = true; }
            else if (c >= '0' && c <= '9') token.append((char) c);
            else if (token.length() > 0) {
                counts.merge(letter ? token.toString() : "<num>", 1, Integer::sum);
                token.setLength(0);
                letter = false;
            }
        }
        List<Map.Entry<String, Integer>> items = new ArrayList<>(counts.entrySet());
        items.sort((a, b) -> !a.getValue().equals(b.getValue()) ? b.getValue() - a.getValue() : a.getKey().compareTo(b.getKey()));
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < k; i++) out.append(items.get(i).getKey()).append(' ').append(items.get(i).getValue()).append('\n');
        System.out.print(out);
    }
}
