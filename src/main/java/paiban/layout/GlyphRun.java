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
 */
public record GlyphRun(FontFace face, int size, Cmyk color, int[] glyphs, int[] xs, int[] advances,
                       String text, int[] sources, int horizontalScale, int verticalScale) {
    /** Glyphs at their natural proportions. */
    public GlyphRun(FontFace face, int size, Cmyk color, int[] glyphs, int[] xs, int[] advances,
                    String text, int[] sources) {
        this(face, size, color, glyphs, xs, advances, text, sources, 100, 100);
    }

    public GlyphRun {
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
        return new GlyphRun(face, size, color, glyphs, newXs, advances, text, sources, horizontalScale, verticalScale);
    }

    /** The same glyphs in another colour. */
    public GlyphRun withColor(Cmyk newColor) {
        return new GlyphRun(face, size, newColor, glyphs, xs, advances, text, sources, horizontalScale, verticalScale);
    }

    /** Right edge of the last glyph relative to the line origin. */
    public int end() {
        return glyphs.length == 0 ? 0 : xs[glyphs.length - 1] + advances[glyphs.length - 1];
    }
}
