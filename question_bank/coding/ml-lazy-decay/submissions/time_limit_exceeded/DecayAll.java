import java.io.*;
import java.util.*;

// multiplies every weight seen so far at every step: O(steps x features)
public class DecayAll {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        in.nextToken();
        double f = 1.0 - in.nval;
        TreeMap<Integer, Double> weight = new TreeMap<>();
        for (int t = 1; t <= n; t++) {
            for (Map.Entry<Integer, Double> entry : weight.entrySet()) entry.setValue(entry.getValue() * f);
            in.nextToken();
            int c = (int) in.nval;
            for (int k = 0; k < c; k++) {
                in.nextToken();
                int j = (int) in.nval;
                in.nextToken();
                weight.merge(j, in.nval, Double::sum);
            }
        }
        StringBuilder out = new StringBuilder();
        for (double w : weight.values()) out.append(w).append('\n');
        System.out.print(out);
    }
}
