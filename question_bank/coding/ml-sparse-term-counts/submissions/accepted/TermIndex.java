import java.io.*;
import java.util.*;

// a column-wise index: for every term, its documents in order and the prefix sums of its counts
public class TermIndex {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = next(in), q = next(in);
        int[] docOf = new int[300_000], termOf = new int[300_000], countOf = new int[300_000];
        int entries = 0;
        for (int doc = 1; doc <= n; doc++) {
            int k = next(in);
            for (int j = 0; j < k; j++) {
                docOf[entries] = doc;
                termOf[entries] = next(in);
                countOf[entries] = next(in);
                entries++;
            }
        }
        // group the entries by term (counting sort on term index), keeping document order inside a term
        HashMap<Integer, Integer> column = new HashMap<>();
        int[] columnOf = new int[entries];
        for (int e = 0; e < entries; e++) {
            Integer c = column.get(termOf[e]);
            if (c == null) { c = column.size(); column.put(termOf[e], c); }
            columnOf[e] = c;
        }
        int[] start = new int[column.size() + 1];
        for (int e = 0; e < entries; e++) start[columnOf[e] + 1]++;
        for (int c = 0; c < column.size(); c++) start[c + 1] += start[c];
        int[] docs = new int[entries], fill = start.clone();
        long[] sums = new long[entries + column.size()];  // column c's prefix sums at start[c] + c ...
        for (int e = 0; e < entries; e++) docs[fill[columnOf[e]]++] = docOf[e];
        int[] slot = start.clone();
        for (int e = 0; e < entries; e++) {
            int c = columnOf[e], at = slot[c]++;
            sums[at + c + 1] = sums[at + c] + countOf[e];
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int l = next(in), r = next(in), term = next(in);
            Integer c = column.get(term);
            long answer = 0;
            if (c != null) {
                int from = firstAtLeast(docs, start[c], start[c + 1], l);
                int to = firstAtLeast(docs, start[c], start[c + 1], r + 1);
                answer = sums[to + c] - sums[from + c];
            }
            out.append(answer).append('\n');
        }
        System.out.print(out);
    }

    // the first index in [low, high) whose document is >= value (high if none)
    static int firstAtLeast(int[] docs, int low, int high, int value) {
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (docs[middle] < value) low = middle + 1; else high = middle;
        }
        return low;
    }

    static int next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        int value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return value;
    }
}
