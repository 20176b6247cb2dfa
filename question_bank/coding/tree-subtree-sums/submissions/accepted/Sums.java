import java.io.*;
import java.util.*;

public class Sums {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] total = new long[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) { in.nextToken(); total[i] = (long) in.nval; }
        int[] head = new int[n], next = new int[n];
        Arrays.fill(head, -1);
        for (int i = 1; i < n; i++) {
            in.nextToken(); parent[i] = (int) in.nval;
            next[i] = head[parent[i]]; head[parent[i]] = i;
        }
        int[] order = new int[n];
        int size = 1;
        for (int k = 0; k < size; k++)
            for (int c = head[order[k]]; c != -1; c = next[c]) order[size++] = c;
        for (int k = n - 1; k > 0; k--) total[parent[order[k]]] += total[order[k]];
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) out.append(total[i]).append(i + 1 < n ? ' ' : '\n');
        System.out.print(out);
    }
}
