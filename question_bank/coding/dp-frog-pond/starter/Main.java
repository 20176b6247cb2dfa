import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken(); int n = (int) in.nval;
        in.nextToken(); int k = (int) in.nval;
        in.nextToken(); int m = (int) in.nval;
        boolean[] rotten = new boolean[n + 1];
        for (int i = 0; i < m; i++) { in.nextToken(); rotten[(int) in.nval] = true; }
        // print the probability of landing on pad n
        System.out.printf("%.10f%n", 0.0);
    }
}
