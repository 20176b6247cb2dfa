import java.io.*;

public class Echo {
    public static void main(String[] args) throws IOException {
        byte[] data = System.in.readAllBytes();
        System.out.write(data);
        System.out.flush();
    }
}
