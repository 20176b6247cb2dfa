import java.io.*;
import java.util.*;

public class Lifting {
    public static void main(String[] args) throws IOException {
        final int LOG = 17;
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = nextInt(in), q = nextInt(in);
        int[][] up = new int[LOG][n + 1];
        int[] depth = new int[n + 1], head = new int[n + 1], next = new int[n + 1];
        Arrays.fill(head, -1);
        up[0][1] = 1;
        for (int i = 2; i <= n; i++) {
            up[0][i] = nextInt(in);
            next[i] = head[up[0][i]]; head[up[0][i]] = i;
        }
        int[] order = new int[n];
        int size = 1;
        order[0] = 1;
        for (int k = 0; k < size; k++) {
            int v = order[k];
            for (int c = head[v]; c != -1; c = next[c]) { depth[c] = depth[v] + 1; order[size++] = c; }
        }
        for (int j = 1; j < LOG; j++)
            for (int k = 0; k < n; k++) { int v = order[k]; up[j][v] = up[j - 1][up[j - 1][v]]; }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < q; i++) {
            int u = nextInt(in), v = nextInt(in);
            int a = u, b = v;
            if (depth[a] < depth[b]) { int t = a; a = b; b = t; }
            for (int j = LOG - 1; j >= 0; j--) if (depth[a] - (1 << j) >= depth[b]) a = up[j][a];
            if (a != b) {
                for (int j = LOG - 1; j >= 0; j--) if (up[j][a] != up[j][b]) { a = up[j][a]; b = up[j][b]; }
                a = up[0][a];
            }
            out.append(depth[u] + depth[v] - 2 * depth[a]).append('\n');
        }
        System.out.print(out);
    }

    static int nextInt(DataInputStream in) throws IOException {
        int ret = 0, b = in.read();
        while (b < '0') b = in.read();
        while (b >= '0') { ret = ret * 10 + b - '0'; b = in.read(); }
        return ret;
    }
}
