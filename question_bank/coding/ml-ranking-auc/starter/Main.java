import java.io.*;
import java.util.*;

public class Main {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        int n = Integer.parseInt(in.readLine().trim());
        StringTokenizer scores = new StringTokenizer(in.readLine());
        StringTokenizer labels = new StringTokenizer(in.readLine());
        long[] score = new long[n];
        int[] label = new int[n];
        for (int i = 0; i < n; i++) score[i] = Long.parseLong(scores.nextToken());
        for (int i = 0; i < n; i++) label[i] = Integer.parseInt(labels.nextToken());
        double auc = 0.0;  // the fraction of (spam, legitimate) pairs ranked correctly, ties counting one half
        System.out.printf("%.9f%n", auc);
    }
}
