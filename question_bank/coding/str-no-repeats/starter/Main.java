import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        // read the string, then print a rearrangement with no two equal neighbours, or IMPOSSIBLE
    }
}
