import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        StringTokenizer head = new StringTokenizer(in.readLine());
        int n = Integer.parseInt(head.nextToken());
        double decay = Double.parseDouble(head.nextToken());
        StringBuilder out = new StringBuilder();
        for (int t = 1; t <= n; t++) {
            StringTokenizer step = new StringTokenizer(in.readLine());
            int c = Integer.parseInt(step.nextToken());
            for (int k = 0; k < c; k++) {
                int j = Integer.parseInt(step.nextToken());
                int g = Integer.parseInt(step.nextToken());
                // step t: every weight is multiplied by 1 - decay, then gradient g is added to feature j
            }
        }
        // append the final weight of every feature that received a gradient, in increasing order of id
        System.out.print(out);
    }
}
