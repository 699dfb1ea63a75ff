package paiban.layout;

import paiban.font.FontFace;
import paiban.model.style.Cmyk;

/**
 * Glyphs of one face, size and colour on one line, positioned by the
 * composer. Renderers draw glyph i at (line.x + xs[i], line.baseline) and
 * measure nothing themselves.
 *
 * @param glyphs    glyph ids in {@code face}
 * @param xs        x of each glyph relative to the line's origin, millipoints
 * @param advances  width each glyph occupies after punctuation compression, millipoints
 * @param text      the characters shown, one code point per glyph, for ToUnicode and screen drawing
 * @param sources   UTF-16 index in the paragraph of each glyph's character; -1 for generated text
 * @param horizontalScale glyph width in percent of {@code size} (长体 below 100); advances already include it
 * @param verticalScale   glyph height in percent of {@code size} (扁体 below 100), from the baseline
 * @param orientation how the glyphs stand on a vertical line ({@link LineBox#vertical()}); HORIZONTAL on others
 * @param emphasisDots 着重号 under (vertical: right of) each Han character, see {@link EmphasisDots}
 */
public record GlyphRun(FontFace face, int size, Cmyk color, int[] glyphs, int[] xs, int[] advances,
                       String text, int[] sources, int horizontalScale, int verticalScale, Orientation orientation,
                       boolean emphasisDots) {
    /** How a run's glyphs stand in vertical text. */
    public enum Orientation {
        /** Horizontal text: glyph i at (line.x + xs[i], line.baseline). */
        HORIZONTAL,
        /** Each glyph upright in its cell, centred on the column's axis, its em top at line.x + xs[i] down the page. */
        UPRIGHT,
        /** The run turned 90° clockwise (Latin words, long numbers), its baseline beside the column's axis. */
        ROTATED,
        /** 纵中横: the glyphs side by side, upright, in one cell centred on the axis. */
        COMBINED
    }

    /** Glyphs without emphasis dots. */
    public GlyphRun(FontFace face, int size, Cmyk color, int[] glyphs, int[] xs, int[] advances,
                    String text, int[] sources, int horizontalScale, int verticalScale, Orientation orientation) {
        this(face, size, color, glyphs, xs, advances, text, sources, horizontalScale, verticalScale, orientation, false);
    }

    /** Horizontal glyphs at their natural proportions. */
    public GlyphRun(FontFace face, int size, Cmyk color, int[] glyphs, int[] xs, int[] advances,
                    String text, int[] sources) {
        this(face, size, color, glyphs, xs, advances, text, sources, 100, 100, Orientation.HORIZONTAL);
    }

    /** Horizontal glyphs at this scale. */
    public GlyphRun(FontFace face, int size, Cmyk color, int[] glyphs, int[] xs, int[] advances,
                    String text, int[] sources, int horizontalScale, int verticalScale) {
        this(face, size, color, glyphs, xs, advances, text, sources, horizontalScale, verticalScale,
                Orientation.HORIZONTAL);
    }

    /** Glyphs at their natural proportions standing this way. */
    public GlyphRun(FontFace face, int size, Cmyk color, int[] glyphs, int[] xs, int[] advances,
                    String text, int[] sources, Orientation orientation) {
        this(face, size, color, glyphs, xs, advances, text, sources, 100, 100, orientation);
    }

    public GlyphRun {
        if (orientation == null) orientation = Orientation.HORIZONTAL;
        if (horizontalScale <= 0 || verticalScale <= 0) throw new IllegalArgumentException("scale must be positive");
        if (glyphs.length != xs.length || glyphs.length != advances.length || glyphs.length != sources.length)
            throw new IllegalArgumentException("glyph arrays differ in length");
        if (text.codePointCount(0, text.length()) != glyphs.length)
            throw new IllegalArgumentException("text has " + text.codePointCount(0, text.length())
                    + " code points for " + glyphs.length + " glyphs");
    }

    public int length() { return glyphs.length; }

    /** True when the glyphs are drawn narrower, wider, flatter or taller than their size. */
    public boolean scaled() { return horizontalScale != 100 || verticalScale != 100; }

    /** The same glyphs at other x positions. */
    public GlyphRun withXs(int[] newXs) {
        return new GlyphRun(face, size, color, glyphs, newXs, advances, text, sources, horizontalScale, verticalScale,
                orientation, emphasisDots);
    }

    /** The same glyphs in another colour. */
    public GlyphRun withColor(Cmyk newColor) {
        return new GlyphRun(face, size, newColor, glyphs, xs, advances, text, sources, horizontalScale, verticalScale,
                orientation, emphasisDots);
    }

    /** Right edge of the last glyph relative to the line origin. */
    public int end() {
        return glyphs.length == 0 ? 0 : xs[glyphs.length - 1] + advances[glyphs.length - 1];
    }
}
