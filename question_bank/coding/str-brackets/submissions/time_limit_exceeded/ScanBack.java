import java.io.*;

// O(n^2): for each closing bracket, walks back over already matched brackets to find its partner
public class ScanBack {
    public static void main(String[] args) throws IOException {
        char[] s = new BufferedReader(new InputStreamReader(System.in)).readLine().trim().toCharArray();
        int n = s.length;
        boolean[] used = new boolean[n];
        for (int i = 0; i < n; i++) {
            char want = s[i] == ')' ? '(' : s[i] == ']' ? '[' : s[i] == '}' ? '{' : 0;
            if (want == 0) continue;
            int j = i - 1;
            while (j >= 0 && used[j]) j--;
            if (j < 0 || s[j] != want) { System.out.println(i + 1); return; }
            used[i] = used[j] = true;
        }
        for (boolean u : used) if (!u) { System.out.println(n + 1); return; }
        System.out.println("OK");
    }
}
