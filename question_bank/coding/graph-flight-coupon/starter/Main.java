import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken(); int n = (int) in.nval;
        in.nextToken(); int m = (int) in.nval;
        int[] a = new int[m], b = new int[m], c = new int[m];
        for (int i = 0; i < m; i++) {
            in.nextToken(); a[i] = (int) in.nval;
            in.nextToken(); b[i] = (int) in.nval;
            in.nextToken(); c[i] = (int) in.nval;
        }
        // print the cheapest price (64-bit) or -1
        System.out.println(-1);
    }
}
