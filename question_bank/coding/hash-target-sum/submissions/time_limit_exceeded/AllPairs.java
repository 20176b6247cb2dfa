import java.io.*;

// O(n^2): every start, running sum to every end
public class AllPairs {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String[] first = in.readLine().trim().split(" ");
        int n = Integer.parseInt(first[0]);
        long k = Long.parseLong(first[1]);
        String[] words = in.readLine().trim().split(" ");
        long[] a = new long[n];
        for (int i = 0; i < n; i++) a[i] = Long.parseLong(words[i]);
        long count = 0;
        for (int l = 0; l < n; l++) {
            long total = 0;
            for (int r = l; r < n; r++) {
                total += a[r];
                if (total == k) count++;
            }
        }
        System.out.println(count);
    }
}
