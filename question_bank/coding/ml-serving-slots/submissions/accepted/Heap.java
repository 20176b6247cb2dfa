import java.io.*;
import java.util.*;

// a min-heap of the times at which the slots become free
public class Heap {
    public static void main(String[] args) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(System.in, 1 << 16));
        int n = (int) next(in), c = (int) next(in);
        long patience = next(in);
        PriorityQueue<Long> free = new PriorityQueue<>();
        for (int s = 0; s < c; s++) free.add(0L);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            long arrival = next(in), duration = next(in);
            long start = Math.max(arrival, free.peek());
            if (start - arrival > patience) {
                out.append(-1).append('\n');
            } else {
                free.poll();
                free.add(start + duration);
                out.append(start + duration).append('\n');
            }
        }
        System.out.print(out);
    }

    static long next(DataInputStream in) throws IOException {
        int c = in.read();
        while (c < '0' || c > '9') c = in.read();
        long value = 0;
        while (c >= '0' && c <= '9') { value = value * 10 + (c - '0'); c = in.read(); }
        return value;
    }
}
