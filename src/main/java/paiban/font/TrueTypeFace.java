package paiban.font;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

/**
 * A TrueType-outline font. Composition needs only the cmap, the advances and
 * a few header values; those are read straight from the memory-mapped file
 * (a few milliseconds for a 15 MB CJK font). FontBox's full parse, which only
 * the PDF exporter needs (subsetting), costs a few hundred milliseconds in a
 * fresh JVM, so it is started on a background thread and awaited on first
 * {@link #trueType()}: a proof composes while the font is being parsed. The
 * editor holds these parses back while it starts ({@link FontLibrary#holdEmbeddingParses}).
 */
final class TrueTypeFace implements FontFace {
    /** What the PDF exporter's subsetter and font descriptor read. */
    private static final Set<String> EMBEDDING_TABLES = Set.of("head", "hhea", "maxp", "loca", "glyf", "hmtx", "cvt ",
            "prep", "fpgm", "gasp", "OS/2");

    private final String name;
    private final Path file;
    private final int unitsPerEm;
    private final int ascent;
    private final int descent;
    private final int[] advances;
    private final SfntCmap cmap;
    private final VerticalForms verticalForms;
    /** Advance heights from vmtx; null when the font has no vertical metrics. */
    private final int[] verticalAdvances;
    private final CompletableFuture<TrueTypeFont> parsed = new CompletableFuture<>();
    private final AtomicBoolean parseStarted = new AtomicBoolean();

    TrueTypeFace(String name, Path file) throws IOException {
        this(name, file, true);
    }

    /** @param parseNow start FontBox's parse at once; else on {@link #startParse()} or the first {@link #trueType()} */
    TrueTypeFace(String name, Path file, boolean parseNow) throws IOException {
        this.name = name;
        this.file = file;
        ByteBuffer font;
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            font = ch.map(FileChannel.MapMode.READ_ONLY, 0, ch.size());
        }
        SfntTables tables = new SfntTables(file, font);
        ByteBuffer head = tables.required("head");
        ByteBuffer hhea = tables.required("hhea");
        ByteBuffer maxp = tables.required("maxp");
        ByteBuffer hmtx = tables.required("hmtx");
        ByteBuffer os2 = tables.optional("OS/2");
        this.unitsPerEm = head.getShort(18) & 0xFFFF;
        if (os2 != null && os2.limit() >= 72) {
            this.ascent = os2.getShort(68);
            this.descent = -os2.getShort(70);
        } else {
            this.ascent = hhea.getShort(4);
            this.descent = -hhea.getShort(6);
        }
        int numGlyphs = maxp.getShort(4) & 0xFFFF;
        int longMetrics = Math.min(hhea.getShort(34) & 0xFFFF, numGlyphs);
        if (longMetrics < 1 || hmtx.limit() < longMetrics * 4) throw new IOException(file + ": broken hmtx table");
        this.advances = new int[numGlyphs];
        for (int gid = 0; gid < numGlyphs; gid++)
            advances[gid] = hmtx.getShort(4 * Math.min(gid, longMetrics - 1)) & 0xFFFF;
        this.cmap = SfntCmap.read(file, tables.required("cmap"));
        this.verticalForms = VerticalForms.read(tables.optional("GSUB"));
        this.verticalAdvances = verticalAdvances(tables.optional("vhea"), tables.optional("vmtx"), numGlyphs);
        if (parseNow) startParse();
    }

    /** Starts FontBox's parse on a thread of its own, once. */
    void startParse() {
        if (!parseStarted.compareAndSet(false, true)) return;
        startDaemon(() -> {
            try {
                parsed.complete(parse());
            } catch (RuntimeException | Error e) {
                parsed.completeExceptionally(e);
            }
        });
    }

    private static int[] verticalAdvances(ByteBuffer vhea, ByteBuffer vmtx, int numGlyphs) {
        if (vhea == null || vmtx == null || vhea.limit() < 36) return null;
        int longMetrics = Math.min(vhea.getShort(34) & 0xFFFF, numGlyphs);
        if (longMetrics < 1 || vmtx.limit() < longMetrics * 4) return null;
        int[] a = new int[numGlyphs];
        for (int gid = 0; gid < numGlyphs; gid++) a[gid] = vmtx.getShort(4 * Math.min(gid, longMetrics - 1)) & 0xFFFF;
        return a;
    }

    private static void startDaemon(Runnable r) {
        Thread t = new Thread(r, "font-parse");
        t.setDaemon(true);
        t.start();
    }

    /**
     * FontBox reads the whole file into memory anyway; before it parses, the
     * table directory is cut down to the tables embedding needs, so GSUB,
     * GPOS, vmtx, name and the rest (a third of the parse) are never read.
     * FontBox's subsetter insists on a Unicode cmap but does not use it for
     * subsetting by glyph id, so the real one (30,000 mappings to decode) is
     * swapped for an empty one written into the directory's freed room.
     */
    private TrueTypeFont parse() {
        try {
            byte[] data = Files.readAllBytes(file);
            ByteBuffer b = ByteBuffer.wrap(data);
            int n = b.getShort(4) & 0xFFFF, kept = 0;
            byte[] cmapEntry = null;
            for (int i = 0; i < n; i++) {
                int at = 12 + 16 * i;
                String tag = new String(data, at, 4, StandardCharsets.ISO_8859_1);
                if (tag.equals("cmap")) cmapEntry = Arrays.copyOfRange(data, at, at + 16);
                else if (EMBEDDING_TABLES.contains(tag)) System.arraycopy(data, at, data, 12 + 16 * kept++, 16);
            }
            if (cmapEntry != null) {
                int entry = 12 + 16 * kept, table = entry + 16;
                if (table + EMPTY_CMAP.length <= 12 + 16 * n) {
                    System.arraycopy(EMPTY_CMAP, 0, data, table, EMPTY_CMAP.length);
                    b.putInt(entry, 0x636D6170); // 'cmap'
                    b.putInt(entry + 4, 0); // checksum, not checked
                    b.putInt(entry + 8, table);
                    b.putInt(entry + 12, EMPTY_CMAP.length);
                } else {
                    System.arraycopy(cmapEntry, 0, data, entry, 16);
                }
                kept++;
            }
            b.putShort(4, (short) kept);
            return new TTFParser(true).parse(new RandomAccessReadBuffer(data));
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": " + e.getMessage(), e);
        }
    }

    /** A cmap with one Windows Unicode BMP subtable (format 4) mapping nothing. */
    private static final byte[] EMPTY_CMAP = {
        0, 0, 0, 1, // version, one encoding record
        0, 3, 0, 1, 0, 0, 0, 12, // platform 3, encoding 1, at offset 12
        0, 4, 0, 24, 0, 0, // format 4, length, language
        0, 2, 0, 2, 0, 0, 0, 0, // segCountX2, searchRange, entrySelector, rangeShift
        (byte) 0xFF, (byte) 0xFF, 0, 0, // endCode[0], reservedPad
        (byte) 0xFF, (byte) 0xFF, 0, 1, 0, 0, // startCode[0], idDelta[0], idRangeOffset[0]
    };

    @Override public String name() { return name; }

    @Override public Path file() { return file; }

    @Override public int unitsPerEm() { return unitsPerEm; }

    @Override public int glyphId(int codePoint) { return cmap.glyphId(codePoint); }

    @Override public int advanceUnits(int glyphId) {
        return glyphId >= 0 && glyphId < advances.length ? advances[glyphId] : 0;
    }

    @Override public int verticalForm(int glyphId) { return verticalForms.of(glyphId); }

    @Override public int verticalAdvanceUnits(int glyphId) {
        if (verticalAdvances == null || glyphId < 0 || glyphId >= verticalAdvances.length) return unitsPerEm;
        return verticalAdvances[glyphId];
    }

    /** From maxp, read with the metrics: no wait for FontBox's parse. */
    @Override public int glyphCount() { return advances.length; }

    @Override public int ascent() { return ascent; }

    @Override public int descent() { return descent; }

    @Override public TrueTypeFont trueType() {
        startParse();
        try {
            return parsed.join(); // not interruptible: a cancelled export stops at its own cancel points
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    @Override public String toString() { return name; }
}
