package paiban.font;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.HorizontalMetricsTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

/** A TrueType-outline font read with FontBox; cmap and advances cached in arrays. */
final class TrueTypeFace implements FontFace {
    private static final int UNKNOWN = -1;

    private final String name;
    private final Path file;
    private final TrueTypeFont ttf;
    private final CmapLookup cmap;
    private final int unitsPerEm;
    private final int ascent;
    private final int descent;
    private final int[] advances;
    /** BMP code point → glyph id, filled on first use; UNKNOWN until then. */
    private final int[] bmpGlyphs = new int[0x10000];

    TrueTypeFace(String name, Path file) throws IOException {
        this.name = name;
        this.file = file;
        this.ttf = new TTFParser().parse(new RandomAccessReadBufferedFile(file.toFile()));
        this.cmap = ttf.getUnicodeCmapLookup();
        if (cmap == null) throw new IOException(file + ": the font has no Unicode cmap");
        this.unitsPerEm = ttf.getUnitsPerEm();
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        if (os2 != null) {
            this.ascent = os2.getTypoAscender();
            this.descent = -os2.getTypoDescender();
        } else {
            this.ascent = ttf.getHorizontalHeader().getAscender();
            this.descent = -ttf.getHorizontalHeader().getDescender();
        }
        HorizontalMetricsTable hmtx = ttf.getHorizontalMetrics();
        int n = ttf.getNumberOfGlyphs();
        this.advances = new int[n];
        for (int gid = 0; gid < n; gid++) advances[gid] = hmtx.getAdvanceWidth(gid);
        Arrays.fill(bmpGlyphs, UNKNOWN);
    }

    @Override public String name() { return name; }

    @Override public Path file() { return file; }

    @Override public int unitsPerEm() { return unitsPerEm; }

    @Override public int glyphId(int codePoint) {
        if (codePoint < 0x10000) {
            int g = bmpGlyphs[codePoint];
            if (g == UNKNOWN) {
                g = lookup(codePoint);
                bmpGlyphs[codePoint] = g; // a racing thread writes the same value
            }
            return g;
        }
        return lookup(codePoint);
    }

    private int lookup(int codePoint) {
        synchronized (cmap) {
            return cmap.getGlyphId(codePoint);
        }
    }

    @Override public int advanceUnits(int glyphId) {
        return glyphId >= 0 && glyphId < advances.length ? advances[glyphId] : 0;
    }

    @Override public int ascent() { return ascent; }

    @Override public int descent() { return descent; }

    @Override public TrueTypeFont trueType() { return ttf; }

    @Override public String toString() { return name; }
}
