package paiban.compose.line;

import java.util.List;

import paiban.layout.GlyphRun;

/**
 * One line of a paragraph as the composer set it: glyph runs positioned
 * relative to the line's origin (left edge of the measure, baseline 0).
 *
 * @param start  first UTF-16 index of the paragraph on this line
 * @param end    index after the line's last character
 * @param width  the measure it was set to
 * @param last   true for the paragraph's last line
 * @param letterSpacing millipoints the justifier added at each boundary of a justified line
 *               (0 for lines that are not spread to the measure, and for 分散 lines, spread on purpose)
 */
public record ComposedLine(int start, int end, int width, List<GlyphRun> runs, boolean last, int letterSpacing) {
    public ComposedLine {
        runs = List.copyOf(runs);
    }

    public ComposedLine(int start, int end, int width, List<GlyphRun> runs, boolean last) {
        this(start, end, width, runs, last, 0);
    }

    /** Letter-spaced past {@link LetterSpacing#LIMIT_EM} of its type size (字距过松). */
    public boolean loose() {
        return letterSpacing > 0 && !runs.isEmpty() && letterSpacing > LetterSpacing.limit(runs.get(0).size());
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (GlyphRun r : runs) sb.append(r.text());
        return sb.toString();
    }

    /** Right edge of the last glyph. */
    public int contentEnd() {
        int e = 0;
        for (GlyphRun r : runs) e = Math.max(e, r.end());
        return e;
    }
}
