import java.io.*;
import java.util.*;

// a linked list of tokens and a min-heap of candidate pairs keyed by (rank, position)
public class HeapList {
    static HashMap<String, Integer> ids = new HashMap<>();
    static ArrayList<String> names = new ArrayList<>();
    static long[] ruleKeys, ruleValues;  // open addressing: (a << 20 | b) + 1 -> rank << 32 | merged token
    static long[] heap;
    static int heapSize;

    static int tokenId(String token) {
        Integer id = ids.get(token);
        if (id != null) return id;
        ids.put(token, names.size());
        names.add(token);
        return names.size() - 1;
    }

    static int slot(long key) {
        int mask = ruleKeys.length - 1, at = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        while (ruleKeys[at] != 0 && ruleKeys[at] != key + 1) at = (at + 1) & mask;
        return at;
    }

    // the rule of the pair of tokens (a, b) as rank << 32 | merged token, or -1
    static long rule(int a, int b) {
        int at = slot((long) a << 20 | b);
        return ruleKeys[at] == 0 ? -1 : ruleValues[at];
    }

    static void push(long entry) {
        int at = heapSize++;
        while (at > 0 && heap[(at - 1) / 2] > entry) { heap[at] = heap[(at - 1) / 2]; at = (at - 1) / 2; }
        heap[at] = entry;
    }

    static long pop() {
        long top = heap[0], last = heap[--heapSize];
        int at = 0;
        while (2 * at + 1 < heapSize) {
            int child = 2 * at + 1;
            if (child + 1 < heapSize && heap[child + 1] < heap[child]) child++;
            if (heap[child] >= last) break;
            heap[at] = heap[child];
            at = child;
        }
        heap[at] = last;
        return top;
    }

    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String text = in.readLine();
        int m = Integer.parseInt(in.readLine().trim());
        ruleKeys = new long[Integer.highestOneBit(4 * m) * 2];
        ruleValues = new long[ruleKeys.length];
        for (int j = 1; j <= m; j++) {
            String line = in.readLine();
            int space = line.indexOf(' ');
            String a = line.substring(0, space), b = line.substring(space + 1);
            long key = (long) tokenId(a) << 20 | tokenId(b);
            int at = slot(key);
            ruleKeys[at] = key + 1;
            ruleValues[at] = (long) j << 32 | tokenId(a + b);
        }
        int n = text.length();
        int[] tok = new int[n], nxt = new int[n], prv = new int[n];
        for (int i = 0; i < n; i++) {
            tok[i] = tokenId(text.substring(i, i + 1));
            nxt[i] = i + 1;
            prv[i] = i - 1;
        }
        heap = new long[3 * n + 1];  // n - 1 pairs, then at most two per merge
        for (int i = 0; i + 1 < n; i++) {
            long found = rule(tok[i], tok[i + 1]);
            if (found >= 0) push((found >>> 32) << 20 | i);
        }
        while (heapSize > 0) {
            long entry = pop();
            int i = (int) (entry & ((1 << 20) - 1));
            int j = nxt[i];
            if (tok[i] < 0 || j >= n) continue;
            long found = rule(tok[i], tok[j]);
            if (found < 0 || (found >>> 32) != entry >>> 20) continue;
            tok[i] = (int) (found & 0xffffffffL);
            tok[j] = -1;
            int k = nxt[j];
            nxt[i] = k;
            if (k < n) {
                prv[k] = i;
                long next = rule(tok[i], tok[k]);
                if (next >= 0) push((next >>> 32) << 20 | i);
            }
            int p = prv[i];
            if (p >= 0) {
                long previous = rule(tok[p], tok[i]);
                if (previous >= 0) push((previous >>> 32) << 20 | p);
            }
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i = nxt[i]) {
            if (i > 0) out.append(' ');
            out.append(names.get(tok[i]));
        }
        System.out.println(out);
    }
}
