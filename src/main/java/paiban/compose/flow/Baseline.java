package paiban.compose.flow;

import paiban.model.PageTemplate;

/**
 * Where a line's baseline sits on the page grid. A grid line is the body
 * (字) square of the template's body size; glyphs of any size are centred on
 * the band of grid lines they occupy, and the baseline sits at a fixed 0.88 of
 * the em below the em top (the ideographic em box of the shipped CJK faces),
 * so the baselines of neighbouring columns and stories always coincide.
 */
public final class Baseline {
    /** Ascent share of the ideographic em box, thousandths. */
    public static final int EM_ASCENT = 880;

    private Baseline() {}

    /**
     * @param firstLine grid line (0-based) of the band's first line
     * @param lines     grid lines in the band
     * @param size      type size of the line
     */
    public static int of(PageTemplate t, int firstLine, int lines, int size) {
        return inBand(t.lineTop(firstLine), t.spanHeight(lines), size);
    }

    /** Baseline of type of {@code size} centred in a band starting at {@code top}. */
    public static int inBand(int top, int height, int size) {
        int emTop = top + (height - size) / 2;
        return emTop + ascent(size);
    }

    public static int ascent(int size) {
        return (int) Math.round((double) size * EM_ASCENT / 1000);
    }

    /** Top of the em box of type of {@code size} on {@code baseline}. */
    public static int emTop(int baseline, int size) {
        return baseline - ascent(size);
    }
}
