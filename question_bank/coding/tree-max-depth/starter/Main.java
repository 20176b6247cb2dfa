import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        int[] parent = new int[n];
        for (int i = 1; i < n; i++) { in.nextToken(); parent[i] = (int) in.nval; }
        // compute the number of nodes on the longest root-to-leaf path
        System.out.println(0);
    }
}
