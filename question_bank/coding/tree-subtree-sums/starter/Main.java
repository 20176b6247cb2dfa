import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] value = new long[n];
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) { in.nextToken(); value[i] = (long) in.nval; }
        parent[0] = -1;
        for (int i = 1; i < n; i++) { in.nextToken(); parent[i] = (int) in.nval; }
        // compute and print the n subtree sums on one line
    }
}
