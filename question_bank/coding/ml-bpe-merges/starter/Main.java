import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String text = in.readLine();
        int m = Integer.parseInt(in.readLine().trim());
        String[][] rules = new String[m][];  // rules[j] = {a, b} has rank j + 1
        for (int j = 0; j < m; j++) rules[j] = in.readLine().split(" ");
        ArrayList<String> tokens = new ArrayList<>();  // merge adjacent tokens by the rules
        for (char c : text.toCharArray()) tokens.add(String.valueOf(c));
        System.out.println(String.join(" ", tokens));
    }
}
