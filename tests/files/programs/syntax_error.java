public class Broken { public static void main(String[] a) { int x = "s"; } }
