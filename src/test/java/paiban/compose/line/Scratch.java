package paiban.compose.line;
public class Scratch {
  public static void main(String[] a) {
    for (String s : a) System.out.println(Compose.dump(Compose.lines(s, 13)));
  }
}
