import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        // read n, S and the n values, then print the length of the shortest stretch with sum at least S (0 if none)
    }
}
