import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken(); int n = (int) in.nval;
        in.nextToken(); int m = (int) in.nval;
        int[] us = new int[m], vs = new int[m];
        for (int i = 0; i < m; i++) {
            in.nextToken(); us[i] = (int) in.nval;  // course us[i] before course vs[i]
            in.nextToken(); vs[i] = (int) in.nval;
        }
        // print a valid order of the n courses, or IMPOSSIBLE
        System.out.println("IMPOSSIBLE");
    }
}
