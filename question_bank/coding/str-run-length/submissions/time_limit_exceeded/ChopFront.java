import java.io.*;

// O(n^2): removes one letter at a time from the front, copying the rest each time
public class ChopFront {
    public static void main(String[] args) throws IOException {
        String s = new BufferedReader(new InputStreamReader(System.in)).readLine().trim();
        String out = "";
        while (!s.isEmpty()) {
            char c = s.charAt(0);
            int count = 0;
            while (!s.isEmpty() && s.charAt(0) == c) { s = s.substring(1); count++; }
            out = out + c + count;
        }
        System.out.println(out);
    }
}
