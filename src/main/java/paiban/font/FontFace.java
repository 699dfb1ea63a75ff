package paiban.font;

import java.nio.file.Path;

import org.apache.fontbox.ttf.TrueTypeFont;

/**
 * One font file's metrics, parsed once. Composition measures with it and
 * the PDF exporter embeds the same parsed font, so both agree on every glyph.
 */
public interface FontFace {
    /** PostScript-like name of the file, e.g. NotoSerifSC-Regular. */
    String name();

    Path file();

    int unitsPerEm();

    /** Glyph id for a code point; 0 (.notdef) when the font lacks it. */
    int glyphId(int codePoint);

    default boolean hasGlyph(int codePoint) {
        return glyphId(codePoint) != 0;
    }

    /** Advance width of a glyph in font units. */
    int advanceUnits(int glyphId);

    /** Advance width of a glyph at {@code size} millipoints, in millipoints. */
    default int advance(int glyphId, int size) {
        return (int) Math.round((double) advanceUnits(glyphId) * size / unitsPerEm());
    }

    /**
     * Glyphs in the font (maxp numGlyphs); ids run from 0 below it. Known without the
     * full parse behind {@link #trueType()}, which a face may still be doing in the background.
     */
    default int glyphCount() {
        TrueTypeFont t = trueType();
        if (t == null) return 0;
        try {
            return t.getNumberOfGlyphs();
        } catch (java.io.IOException e) {
            paiban.log.Log.of(FontFace.class).log(System.Logger.Level.WARNING, "the glyph count could not be read", e);
            return 0xFFFF;
        }
    }

    /**
     * The glyph to show for {@code glyphId} in vertical text: its GSUB {@code vert} form
     * (。，、 in the upper right of the cell, turned brackets, an upright dash), else itself.
     */
    default int verticalForm(int glyphId) { return glyphId; }

    /** Advance height of a glyph in vertical text (vmtx), font units; one em when the font has none. */
    default int verticalAdvanceUnits(int glyphId) { return unitsPerEm(); }

    /** Typographic ascender, font units, positive. */
    int ascent();

    /** Typographic descender, font units, positive below the baseline. */
    int descent();

    /** The parsed font, for embedding (PDFBox) only. */
    TrueTypeFont trueType();
}
