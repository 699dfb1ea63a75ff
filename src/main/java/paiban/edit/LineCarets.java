package paiban.edit;

import paiban.compose.line.Carets;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;

/**
 * Text positions ↔ page x on a laid-out line. The caret sits at the edges
 * of the boxes glyphs occupy (after punctuation compression, indents and
 * justification, which the layout already holds); generated glyphs (source
 * -1) take no caret. Like {@link Carets}, but on the page's {@link LineBox}.
 */
public final class LineCarets {
    /** The ideographic em box sits 0.88 em above the baseline and 0.12 em below (Noto CJK). */
    private static final double ASCENT = 0.88;

    private LineCarets() {}

    /** Page x of a caret before UTF-16 {@code index} of the paragraph; past the last glyph at the line's end. */
    public static int caretX(LineBox line, int index) {
        int end = Integer.MIN_VALUE;
        for (GlyphRun run : line.runs()) {
            for (int i = 0; i < run.length(); i++) {
                int source = run.sources()[i];
                if (source < 0) continue;
                int left = Carets.boxLeft(run, i);
                if (source >= index) return line.x() + left;
                end = left + run.advances()[i];
            }
        }
        return line.x() + (end == Integer.MIN_VALUE ? 0 : end);
    }

    /** The character boundary of the line nearest to page x. */
    public static int indexAt(LineBox line, int x) {
        int rel = x - line.x();
        for (GlyphRun run : line.runs()) {
            for (int i = 0; i < run.length(); i++) {
                if (run.sources()[i] < 0) continue;
                int left = Carets.boxLeft(run, i);
                if (rel < left + run.advances()[i] / 2) return Math.max(line.start(), run.sources()[i]);
            }
        }
        return line.end();
    }

    /** The largest type size on the line, or {@code fallback} for a line without glyphs (an empty paragraph). */
    public static int size(LineBox line, int fallback) {
        int size = 0;
        for (GlyphRun run : line.runs()) if (run.length() > 0) size = Math.max(size, run.size());
        return size == 0 ? fallback : size;
    }

    /**
     * The page coordinate a caret moves along on this line: x on a horizontal line, y down a
     * vertical one (竖排), where {@link #caretX} and {@link #indexAt} work in page y.
     */
    public static int along(LineBox line, int x, int y) {
        return line.vertical() ? y : x;
    }

    /** Left edge of a vertical line's type on the page (the column's axis less half its size). */
    public static int columnLeft(LineBox line, int fallback) {
        return line.baseline() - size(line, fallback) / 2;
    }

    /** Top of the line's type on the page. */
    public static int top(LineBox line, int fallback) {
        return line.baseline() - (int) Math.round(size(line, fallback) * ASCENT);
    }

    /** Bottom of the line's type on the page. */
    public static int bottom(LineBox line, int fallback) {
        return top(line, fallback) + size(line, fallback);
    }
}
