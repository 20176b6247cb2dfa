import java.io.*;

// recomputes the mean and the variance of the whole prefix after every reading: O(n^2)
public class Recompute {
    public static void main(String[] args) throws IOException {
        StreamTokenizer in = new StreamTokenizer(new BufferedInputStream(System.in));
        in.nextToken();
        int n = (int) in.nval;
        double[] x = new double[n];
        for (int i = 0; i < n; i++) { in.nextToken(); x[i] = in.nval; }
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            double mean = 0, squares = 0;
            for (int k = 0; k < i; k++) mean += x[k];
            mean /= i;
            for (int k = 0; k < i; k++) squares += (x[k] - mean) * (x[k] - mean);
            out.append(String.format("%.9f", squares / i)).append('\n');
        }
        System.out.print(out);
    }
}
