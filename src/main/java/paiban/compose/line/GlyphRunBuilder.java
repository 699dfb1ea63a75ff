package paiban.compose.line;

import java.util.ArrayList;
import java.util.List;

import paiban.layout.GlyphRun;

/** Cuts a placed line into glyph runs, one per stretch of the same face, colour, size and scale. */
final class GlyphRunBuilder {
    private GlyphRunBuilder() {}

    static List<GlyphRun> build(ParagraphText t, int s, int b, int[] xs, int[] advances) {
        List<GlyphRun> runs = new ArrayList<>(2);
        int a = s;
        while (a < b) {
            int f = t.format[a];
            int z = a + 1;
            while (z < b && t.format[z] == f) z++;
            int len = z - a;
            int[] glyphs = new int[len];
            int[] x = new int[len];
            int[] w = new int[len];
            int[] sources = new int[len];
            System.arraycopy(t.glyphs, a, glyphs, 0, len);
            System.arraycopy(xs, a, x, 0, len);
            System.arraycopy(advances, a, w, 0, len);
            System.arraycopy(t.src, a, sources, 0, len);
            ParagraphText.Look look = t.looks[f];
            runs.add(new GlyphRun(t.faces[f], look.size(), t.colors[f], glyphs, x, w,
                    t.text.substring(t.src[a], t.src[z]), sources, look.hScale(), look.vScale(),
                    GlyphRun.Orientation.HORIZONTAL, look.emphasisDots()));
            a = z;
        }
        return runs;
    }
}
