package paiban.font;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;

/**
 * A font's Unicode cmap, decoded once into a table for the BMP and a list of
 * ranges beyond it. The subtable is chosen in the order FontBox uses
 * (Unicode full, Windows full, Unicode BMP, Windows BMP), so glyph ids agree
 * with the font program the PDF exporter embeds.
 */
final class SfntCmap {
    private static final int[][] PREFERRED = {{0, 4}, {3, 10}, {0, 3}, {3, 1}};

    /** BMP code point → glyph id (a char holds any glyph id). */
    private final char[] bmp = new char[0x10000];
    /** Supplementary ranges from a format 12 subtable: start, end, first glyph, sorted. */
    private final int[] starts, ends, firstGlyphs;

    private SfntCmap(int groups) {
        starts = new int[groups];
        ends = new int[groups];
        firstGlyphs = new int[groups];
    }

    static SfntCmap read(Path file, ByteBuffer cmap) throws IOException {
        ByteBuffer sub = pick(cmap);
        if (sub == null) throw new IOException(file + ": the font has no Unicode cmap");
        int format = sub.getShort(0) & 0xFFFF;
        try {
            if (format == 4) return format4(sub);
            if (format == 12) return format12(sub);
        } catch (IndexOutOfBoundsException e) {
            throw new IOException(file + ": broken cmap subtable (format " + format + ")", e);
        }
        throw new IOException(file + ": the font's Unicode cmap has format " + format + ", which is not supported");
    }

    private static ByteBuffer pick(ByteBuffer cmap) {
        int n = cmap.getShort(2) & 0xFFFF;
        for (int[] want : PREFERRED) {
            for (int i = 0; i < n; i++) {
                int at = 4 + 8 * i;
                if ((cmap.getShort(at) & 0xFFFF) == want[0] && (cmap.getShort(at + 2) & 0xFFFF) == want[1]) {
                    int offset = cmap.getInt(at + 4);
                    int format = cmap.getShort(offset) & 0xFFFF;
                    if (format == 4 || format == 12) return cmap.slice(offset, cmap.limit() - offset).order(cmap.order());
                }
            }
        }
        return null;
    }

    private static SfntCmap format4(ByteBuffer s) {
        SfntCmap m = new SfntCmap(0);
        int segX2 = s.getShort(6) & 0xFFFF;
        int ends = 14, startsAt = 16 + segX2, deltas = 16 + 2 * segX2, ranges = 16 + 3 * segX2;
        for (int seg = 0; seg < segX2 / 2; seg++) {
            int end = s.getShort(ends + 2 * seg) & 0xFFFF;
            int start = s.getShort(startsAt + 2 * seg) & 0xFFFF;
            int delta = s.getShort(deltas + 2 * seg);
            int rangeAt = ranges + 2 * seg;
            int rangeOffset = s.getShort(rangeAt) & 0xFFFF;
            for (int c = start; c <= end && c < 0xFFFF; c++) {
                int g;
                if (rangeOffset == 0) {
                    g = (c + delta) & 0xFFFF;
                } else {
                    int at = rangeAt + rangeOffset + 2 * (c - start);
                    if (at + 2 > s.limit()) continue;
                    g = s.getShort(at) & 0xFFFF;
                    if (g != 0) g = (g + delta) & 0xFFFF;
                }
                m.bmp[c] = (char) g;
            }
        }
        return m;
    }

    private static SfntCmap format12(ByteBuffer s) {
        int groups = s.getInt(12);
        int supplementary = 0;
        for (int i = 0; i < groups; i++) if ((s.getInt(16 + 12 * i + 4) & 0xFFFFFFFFL) >= 0x10000) supplementary++;
        SfntCmap m = new SfntCmap(supplementary);
        int k = 0;
        for (int i = 0; i < groups; i++) {
            int at = 16 + 12 * i;
            long start = s.getInt(at) & 0xFFFFFFFFL, end = s.getInt(at + 4) & 0xFFFFFFFFL;
            long glyph = s.getInt(at + 8) & 0xFFFFFFFFL;
            for (long c = start; c <= Math.min(end, 0xFFFF); c++) m.bmp[(int) c] = (char) (glyph + c - start);
            if (end >= 0x10000) {
                long from = Math.max(start, 0x10000);
                m.starts[k] = (int) from;
                m.ends[k] = (int) Math.min(end, 0x10FFFF);
                m.firstGlyphs[k] = (int) (glyph + from - start);
                k++;
            }
        }
        return m;
    }

    /** Glyph id for a code point, 0 when the font lacks it. */
    int glyphId(int codePoint) {
        if (codePoint >= 0 && codePoint < 0x10000) return bmp[codePoint];
        int lo = 0, hi = starts.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (codePoint < starts[mid]) hi = mid - 1;
            else if (codePoint > ends[mid]) lo = mid + 1;
            else return firstGlyphs[mid] + codePoint - starts[mid];
        }
        return 0;
    }
}
