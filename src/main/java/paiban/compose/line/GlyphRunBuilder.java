package paiban.compose.line;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import paiban.layout.GlyphRun;

/** Cuts a placed line into glyph runs, one per stretch of the same face, colour, size and scale. */
final class GlyphRunBuilder {
    private GlyphRunBuilder() {}

    static List<GlyphRun> build(ParagraphText t, int s, int b, int[] xs, int[] advances) {
        int[] format = t.format;
        int z = s + 1;
        while (z < b && format[z] == format[s]) z++;
        // most lines are one run: an immutable list of it, which ComposedLine keeps without a copy
        if (z >= b) return s < b ? List.of(run(t, s, b, xs, advances)) : List.of();
        List<GlyphRun> runs = new ArrayList<>(4);
        int a = s;
        while (a < b) {
            int f = format[a];
            z = a + 1;
            while (z < b && format[z] == f) z++;
            runs.add(run(t, a, z, xs, advances));
            a = z;
        }
        return runs;
    }

    /** The glyphs of characters [a, z), all of one format. */
    private static GlyphRun run(ParagraphText t, int a, int z, int[] xs, int[] advances) {
        int f = t.format[a];
        ParagraphText.Look look = t.looks[f];
        return new GlyphRun(t.faces[f], look.size(), t.colors[f], Arrays.copyOfRange(t.glyphs, a, z),
                Arrays.copyOfRange(xs, a, z), Arrays.copyOfRange(advances, a, z), t.text.substring(t.src[a], t.src[z]),
                Arrays.copyOfRange(t.src, a, z), look.hScale(), look.vScale(), GlyphRun.Orientation.HORIZONTAL,
                look.emphasisDots());
    }
}
