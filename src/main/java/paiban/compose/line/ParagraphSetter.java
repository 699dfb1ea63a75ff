package paiban.compose.line;

import java.util.ArrayList;
import java.util.List;

import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.layout.GlyphRun;
import paiban.model.story.Paragraph;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * Entry point of Chinese line composition: paragraph + style → lines.
 * PLACEHOLDER implementation: greedy, one run per line, no clreq rules.
 * The composer issue replaces the inside; the signatures stay.
 */
public final class ParagraphSetter {
    private final FontLibrary fonts;

    public ParagraphSetter(FontLibrary fonts) {
        this.fonts = fonts;
    }

    public FontLibrary fonts() { return fonts; }

    public LineCursor start(Paragraph paragraph, ParagraphStyle style, StyleSheet sheet) {
        FontFace face = fonts.face(style.family(), style.bold());
        String text = paragraph.text();
        int size = style.size();
        int indent = (int) Math.round(style.indentChars() * size);
        return new LineCursor() {
            int pos = 0;
            boolean first = true;

            @Override public boolean hasNext() { return pos < text.length(); }

            @Override public int position() { return pos; }

            @Override public ComposedLine next(int width) {
                int x = first ? indent : 0;
                first = false;
                int start = pos;
                List<Integer> gids = new ArrayList<>(), xs = new ArrayList<>(), adv = new ArrayList<>(), src = new ArrayList<>();
                StringBuilder sb = new StringBuilder();
                while (pos < text.length()) {
                    int cp = text.codePointAt(pos);
                    int g = face.glyphId(cp);
                    int a = face.advance(g, size);
                    if (x + a > width && !gids.isEmpty()) break;
                    gids.add(g); xs.add(x); adv.add(a); src.add(pos); sb.appendCodePoint(cp);
                    x += a;
                    pos += Character.charCount(cp);
                }
                GlyphRun run = new GlyphRun(face, size, style.color(), ints(gids), ints(xs), ints(adv), sb.toString(), ints(src));
                return new ComposedLine(start, pos, width, List.of(run), pos >= text.length());
            }
        };
    }

    private static int[] ints(List<Integer> list) {
        int[] a = new int[list.size()];
        for (int i = 0; i < a.length; i++) a[i] = list.get(i);
        return a;
    }
}
