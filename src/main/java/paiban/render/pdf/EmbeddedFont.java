package paiban.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.fontbox.ttf.HeaderTable;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;

import paiban.font.FontFace;

/**
 * One font face embedded in one PDF as Type0 / Identity-H over a subset
 * CIDFontType2.
 *
 * Codes are allocated per (glyph, character) pair in order of first use,
 * rather than being the glyph ids themselves: one glyph can stand for
 * several characters (一 U+4E00 and the radical ⼀ U+2F00 share a glyph in
 * Noto), and a code per pair lets the ToUnicode map give back exactly the
 * character the story holds. The CIDToGIDMap takes each code to its glyph
 * in the subset. Nothing is re-encoded from text: the layout's glyph ids go
 * straight into the content stream.
 */
final class EmbeddedFont {
    /** TrueType tables a PDF needs from a font program; cmap, GSUB and the rest are dropped. */
    private static final List<String> TABLES = List.of("head", "hhea", "loca", "maxp", "cvt ", "prep", "glyf",
            "hmtx", "fpgm", "gasp");
    private static final int MAX_CODES = 0xFFFF;

    private final FontFace face;
    private final String resourceName;
    private final COSDictionary dict = new COSDictionary();
    /** Fast path: the code of a glyph's first character, and that character. */
    private final int[] codeByGlyph;
    private final int[] charByGlyph;
    private final Map<Long, Integer> otherPairs = new HashMap<>();
    private int[] glyphOfCode = new int[256];
    private String[] textOfCode = new String[256];
    private int[] widthOfCode = new int[256];
    private int codes = 1; // code 0 stays .notdef without text

    EmbeddedFont(FontFace face, String resourceName) {
        this.face = face;
        this.resourceName = resourceName;
        // the glyph count comes from the face's own maxp reading: the background FontBox
        // parse is awaited only when the subset is written, after the pages' content
        int glyphs = face.glyphCount();
        this.codeByGlyph = new int[glyphs + 1];
        this.charByGlyph = new int[glyphs + 1];
        dict.setItem(COSName.TYPE, COSName.FONT);
        dict.setItem(COSName.SUBTYPE, COSName.TYPE0);
        dict.setItem(COSName.ENCODING, COSName.IDENTITY_H);
    }

    FontFace face() { return face; }

    String resourceName() { return resourceName; }

    COSDictionary dictionary() { return dict; }

    /** The two-byte code that shows {@code glyph} standing for the character {@code codePoint}. */
    int code(int glyph, int codePoint) {
        if (glyph >= 0 && glyph < codeByGlyph.length) {
            int c = codeByGlyph[glyph];
            if (c != 0 && charByGlyph[glyph] == codePoint) return c;
            if (c == 0) {
                c = allocate(glyph, codePoint);
                codeByGlyph[glyph] = c;
                charByGlyph[glyph] = codePoint;
                return c;
            }
        }
        long key = ((long) glyph << 21) | codePoint;
        Integer c = otherPairs.get(key);
        if (c == null) {
            c = allocate(glyph, codePoint);
            otherPairs.put(key, c);
        }
        return c;
    }

    private int allocate(int glyph, int codePoint) {
        if (codes > MAX_CODES) throw new IllegalStateException(face.name() + ": more than 65535 distinct glyphs in one PDF");
        if (codes == glyphOfCode.length) {
            int n = codes * 2;
            glyphOfCode = Arrays.copyOf(glyphOfCode, n);
            textOfCode = Arrays.copyOf(textOfCode, n);
            widthOfCode = Arrays.copyOf(widthOfCode, n);
        }
        int c = codes++;
        glyphOfCode[c] = glyph;
        textOfCode[c] = new String(Character.toChars(codePoint));
        widthOfCode[c] = (int) Math.round(face.advanceUnits(glyph) * 1000.0 / face.unitsPerEm());
        return c;
    }

    /** Advance of a code in thousandths of an em, as the W array states it. */
    int width(int code) { return widthOfCode[code]; }

    /** Subsets the font program to the glyphs used and fills in the font dictionaries. */
    void finish(PDDocument doc) throws IOException {
        TrueTypeFont ttf = face.trueType();
        TreeSet<Integer> glyphs = new TreeSet<>();
        for (int c = 1; c < codes; c++) glyphs.add(glyphOfCode[c]);
        byte[] program;
        Map<Integer, Integer> newToOld;
        String tag = tag(glyphs);
        String baseName = tag + "+" + face.name();
        PDFontDescriptor fd;
        // the parsed font is shared by every export thread; FontBox reads it through one cursor
        synchronized (ttf) {
            fd = descriptor(ttf, baseName);
            TTFSubsetter subsetter = new TTFSubsetter(ttf, TABLES);
            subsetter.addGlyphIds(glyphs);
            newToOld = subsetter.getGIDMap();
            subsetter.setPrefix(tag);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            program = out.toByteArray();
        }
        Map<Integer, Integer> oldToNew = new HashMap<>();
        newToOld.forEach((n, o) -> oldToNew.put(o, n));
        PDStream file = new PDStream(FlateStream.of(doc, program));
        file.getCOSObject().setInt(COSName.LENGTH1, program.length);
        fd.setFontFile2(file);

        COSDictionary cid = new COSDictionary();
        cid.setItem(COSName.TYPE, COSName.FONT);
        cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE2);
        cid.setName(COSName.BASE_FONT, baseName);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, fd.getCOSObject());
        cid.setInt(COSName.DW, 1000);
        COSArray w = new COSArray();
        COSArray ws = new COSArray();
        for (int c = 1; c < codes; c++) ws.add(COSInteger.get(widthOfCode[c]));
        w.add(COSInteger.get(1));
        w.add(ws);
        cid.setItem(COSName.W, w);
        byte[] map = new byte[codes * 2];
        for (int c = 1; c < codes; c++) {
            int g = oldToNew.getOrDefault(glyphOfCode[c], 0);
            map[2 * c] = (byte) (g >> 8);
            map[2 * c + 1] = (byte) g;
        }
        cid.setItem(COSName.CID_TO_GID_MAP,
                FlateStream.of(doc, map));

        dict.setName(COSName.BASE_FONT, baseName);
        COSArray descendants = new COSArray();
        descendants.add(cid);
        dict.setItem(COSName.DESCENDANT_FONTS, descendants);
        byte[] cmap = ToUnicodeCMap.write(textOfCode, codes);
        dict.setItem(COSName.TO_UNICODE,
                FlateStream.of(doc, cmap));
    }

    private PDFontDescriptor descriptor(TrueTypeFont ttf, String baseName) throws IOException {
        double scale = 1000.0 / face.unitsPerEm();
        COSDictionary fdDict = new COSDictionary();
        fdDict.setItem(COSName.TYPE, COSName.FONT_DESC);
        PDFontDescriptor fd = new PDFontDescriptor(fdDict);
        fd.setFontName(baseName);
        fd.setSymbolic(true);
        HeaderTable head = ttf.getHeader();
        fd.setFontBoundingBox(new PDRectangle((float) (head.getXMin() * scale), (float) (head.getYMin() * scale),
                (float) ((head.getXMax() - head.getXMin()) * scale), (float) ((head.getYMax() - head.getYMin()) * scale)));
        fd.setItalicAngle(0);
        fd.setAscent((float) (face.ascent() * scale));
        fd.setDescent((float) (-face.descent() * scale));
        OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
        float cap = os2 != null && os2.getCapHeight() > 0 ? (float) (os2.getCapHeight() * scale) : (float) (face.ascent() * scale);
        fd.setCapHeight(cap);
        int weight = os2 != null ? os2.getWeightClass() : 400;
        fd.setFontWeight(weight);
        fd.setStemV(weight >= 600 ? 120 : 80);
        return fd;
    }

    /** Six capitals derived from the glyph set, the same for the same subset. */
    private static String tag(TreeSet<Integer> glyphs) {
        long h = 1125899906842597L;
        for (int g : glyphs) h = 31 * h + g;
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            sb.append((char) ('A' + (int) Math.floorMod(h, 26L)));
            h = Math.floorDiv(h, 26L) ^ (h >>> 40);
        }
        return sb.toString();
    }
}
