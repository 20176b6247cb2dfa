import java.io.*;

// O(|t| |p|): String.startsWith at every position
public class StartsWith {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in), 1 << 16);
        String t = in.readLine().trim();
        String p = in.readLine().trim();
        long count = 0, first = 0, last = 0;
        for (int i = 0; i + p.length() <= t.length(); i++) {
            if (t.startsWith(p, i)) {
                count++;
                last = i + 1;
                if (count == 1) first = last;
            }
        }
        System.out.println(count);
        if (count > 0) System.out.println(first + " " + last);
    }
}
