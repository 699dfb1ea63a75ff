package paiban.compose.line;
public class Scratch {
  public static void main(String[] a) {
    String text = "中\uF900文\uD857\uDED7字";
    ComposedLine l = Compose.lines(text, 13).get(0);
    for (var r : l.runs()) System.out.println(r.face().name() + " " + r.text() + " " + java.util.Arrays.toString(r.glyphs()));
  }
}
