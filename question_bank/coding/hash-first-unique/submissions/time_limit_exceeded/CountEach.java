import java.io.*;

// O(n^2): counts every id over the whole list
public class CountEach {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        long[] ids = new long[n];
        for (int i = 0; i < n; i++) { in.nextToken(); ids[i] = (long) in.nval; }
        for (int i = 0; i < n; i++) {
            int count = 0;
            for (int j = 0; j < n; j++) if (ids[j] == ids[i]) count++;
            if (count == 1) { System.out.println(ids[i]); return; }
        }
        System.out.println(-1);
    }
}
