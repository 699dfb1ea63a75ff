package paiban.font;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The face's own cmap and metrics reader agrees with FontBox's full parse on every code point and glyph. */
class TrueTypeFaceTest {
    @ParameterizedTest
    @ValueSource(strings = {FontLibrary.SERIF, FontLibrary.SANS_BOLD, FontLibrary.KAI})
    void metricsAndGlyphIdsEqualFontBoxs(String name) throws Exception {
        FontFace face = FontLibrary.shared().face(name);
        TrueTypeFont ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(face.file().toFile()));
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        for (int cp = 0; cp <= 0x10FFFF; cp++)
            if (cmap.getGlyphId(cp) != face.glyphId(cp)) assertEquals(cmap.getGlyphId(cp), face.glyphId(cp), "U+" + Integer.toHexString(cp));
        HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
        for (int g = 0; g < ttf.getNumberOfGlyphs(); g++) assertEquals(hmtx.getAdvanceWidth(g), face.advanceUnits(g), "glyph " + g);
        assertEquals(0, face.advanceUnits(ttf.getNumberOfGlyphs()));
        assertEquals(ttf.getUnitsPerEm(), face.unitsPerEm());
        assertEquals(ttf.getNumberOfGlyphs(), face.glyphCount());
        assertEquals(ttf.getOS2Windows().getTypoAscender(), face.ascent());
        assertEquals(-ttf.getOS2Windows().getTypoDescender(), face.descent());
        // the font program handed to the exporter is the same font, cut to the embedding tables
        assertEquals(ttf.getNumberOfGlyphs(), face.trueType().getNumberOfGlyphs());
        assertEquals(ttf.getHeader().getXMax(), face.trueType().getHeader().getXMax());
    }

    /** The editor's start holds FontBox's parse back: the metrics are the same, and the parse comes when asked for. */
    @org.junit.jupiter.api.Test
    void aHeldParseGivesTheSameMetricsAndStillEmbeds() throws Exception {
        FontLibrary held = new FontLibrary(FontLibrary.shared().directory());
        held.holdEmbeddingParses();
        FontFace face = held.face(FontLibrary.SERIF), usual = FontLibrary.shared().face(FontLibrary.SERIF);
        assertEquals(usual.glyphCount(), face.glyphCount());
        for (int g = 0; g < usual.glyphCount(); g++) {
            if (usual.advanceUnits(g) != face.advanceUnits(g)) assertEquals(usual.advanceUnits(g), face.advanceUnits(g), "glyph " + g);
        }
        for (int cp = 0x4E00; cp < 0x9FFF; cp++) {
            if (usual.glyphId(cp) != face.glyphId(cp)) assertEquals(usual.glyphId(cp), face.glyphId(cp), "U+" + Integer.toHexString(cp));
        }
        assertEquals(usual.ascent(), face.ascent());
        assertEquals(usual.descent(), face.descent());
        held.releaseEmbeddingParses();
        assertEquals(usual.trueType().getNumberOfGlyphs(), face.trueType().getNumberOfGlyphs());
        // a face read after the release parses at once again, and one asked for while held parses on demand
        FontLibrary asked = new FontLibrary(FontLibrary.shared().directory());
        asked.holdEmbeddingParses();
        assertEquals(usual.trueType().getNumberOfGlyphs(), asked.face(FontLibrary.SERIF).trueType().getNumberOfGlyphs());
    }
}
