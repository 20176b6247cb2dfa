import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int k = Integer.parseInt(in.readLine().trim());
        String line;
        while ((line = in.readLine()) != null) {
            // split the line into tokens and count them
        }
        // print the k most frequent tokens as "token count"
    }
}
