package paiban.compose.line;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import paiban.compose.text.BreakOpportunities;
import paiban.compose.text.CharClass;
import paiban.compose.text.MissingGlyphs;
import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.font.InvisibleCharacters;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;
import paiban.model.style.TypeSettings;

/**
 * A paragraph measured once: per code point its class, glyph, face and
 * colour, natural advance, compression, spacing and break strength, plus
 * prefix sums so any line's natural width and shrinkability cost O(1).
 * Everything the line breaker and justifier read lives in these arrays.
 */
final class ParagraphText {
    /** Punctuation whose blank is in the right half (，。）」), left half (（「), or both (・). */
    static final byte BLANK_NONE = 0, BLANK_RIGHT = 1, BLANK_LEFT = 2, BLANK_BOTH = 3;

    final String text;
    final int n;
    final int size;
    final int[] cps;
    /** UTF-16 index of each code point; src[n] = text length. */
    final int[] src;
    final byte[] cls;
    final int[] glyphs;
    /** Index into {@link #faces}/{@link #colors}/{@link #looks}. */
    final int[] format;
    /** Faces and colours of the paragraph's formats, then of fallback formats added while mapping. */
    FontFace[] faces;
    Cmyk[] colors;
    /** Size, scales and tracking of each format. */
    Look[] looks;
    private int nFaces;
    /** The paragraph style's type settings. */
    final TypeSettings type;
    /**
     * True when a format tracks its characters; otherwise {@link #track} is 0 everywhere and the
     * composer skips it (most paragraphs: the default type settings have no tracking).
     */
    private boolean tracked;
    /** Natural advance in millipoints. */
    final int[] adv;
    final byte[] blank;
    /** How much a full-width mark may lose (to half width); 0 for everything else. */
    final int[] squeeze;
    /** Compression already applied because of the neighbouring mark (。」 → half + full): all its squeeze, or 0. */
    final int[] adjacentCut;
    /** Quarter-em between Han and Latin/digits, before the character; dropped at line start. */
    final int[] gap;
    final byte[] breaks;
    /**
     * For each index, the first index at or after it where a line may break
     * ({@code n} when none): the breaker finds the end of an unbreakable run
     * (a million 。) in one step, so composing stays linear in the text.
     */
    final int[] nextAllowed;
    /** The rest of the text from here on holds at most one character that is not punctuation: see LineBreaker.isLone. */
    int loneFrom;
    /** Prefix sums of adv - adjacentCut + gap. */
    final long[] naturalSum;
    /** Prefix sums of what may still shrink: remaining squeeze + half of each gap. */
    final long[] shrinkSum;
    /** Code points missing from the primary face of their format, or null; set once by {@link #measure}. */
    int[] missing;
    /** Indices after each line or paragraph separator inside the paragraph, ascending, or null. */
    private int[] hardBreaks;

    private ParagraphText(String text, int n, int size, int nFormats, TypeSettings type) {
        this.text = text;
        this.n = n;
        this.size = size;
        this.type = type;
        looks = new Look[nFormats];
        cps = new int[n];
        src = new int[n + 1];
        cls = new byte[n];
        glyphs = new int[n];
        format = new int[n];
        faces = new FontFace[nFormats];
        colors = new Cmyk[nFormats];
        adv = new int[n];
        blank = new byte[n];
        squeeze = new int[n];
        adjacentCut = new int[n];
        gap = new int[n];
        breaks = new byte[n + 1];
        nextAllowed = new int[n + 1];
        naturalSum = new long[n + 1];
        shrinkSum = new long[n + 1];
    }


    static ParagraphText measure(Paragraph paragraph, ParagraphStyle style, StyleSheet sheet, FontLibrary fonts,
                                 MissingGlyphs report) {
        String text = paragraph.text();
        int n = text.codePointCount(0, text.length());
        Formats formats = new Formats(paragraph, style, sheet, fonts);
        int nf = formats.faces.size();
        // fallback formats (a character set in another face of the chain) are added after these when needed
        ParagraphText t = new ParagraphText(text, n, style.size(), nf, style.type());
        for (int f = 0; f < nf; f++) {
            t.faces[f] = formats.faces.get(f);
            t.colors[f] = formats.colors.get(f);
            t.looks[f] = formats.looks.get(f);
        }
        t.nFaces = nf;
        for (int f = 0; f < nf; f++) t.tracked |= t.looks[f].tracking != 0;
        t.mapCharacters(formats.of, fonts, report);
        t.src[n] = text.length();
        PunctuationCompressor.classify(t);
        PunctuationCompressor.compressAdjacent(t);
        Spacing.addHanLatinGaps(t);
        BreakOpportunities.compute(t.cps, t.cls, n, style.prohibition(), t.breaks);
        if (t.hardBreaks != null) {
            for (int h : t.hardBreaks) t.breaks[h] = BreakOpportunities.ALLOWED;
        }
        t.nextAllowed[n] = n;
        for (int i = n - 1; i >= 0; i--) t.nextAllowed[i] = t.breaks[i] == BreakOpportunities.ALLOWED ? i : t.nextAllowed[i + 1];
        t.loneFrom = LineBreaker.loneFrom(t);
        long nat = 0, shr = 0;
        int[] adv = t.adv, cut = t.adjacentCut, gap = t.gap, squeeze = t.squeeze;
        long[] naturalSum = t.naturalSum, shrinkSum = t.shrinkSum;
        boolean tracked = t.tracked;
        for (int i = 0; i < n; i++) {
            nat += adv[i] - cut[i] + gap[i];
            if (tracked) nat += t.track(i);
            // a mark's adjacent cut is all its squeeze or nothing: what is left to shrink is the difference
            shr += squeeze[i] - cut[i] + gap[i] / 2;
            naturalSum[i + 1] = nat;
            shrinkSum[i + 1] = shr;
        }
        return t;
    }

    /**
     * Code point, class, glyph, face and advance of every character. A character the face
     * lacks is set in the first face of its fallback chain that has it (a format of its own,
     * added after the paragraph's formats) and reported; one no face has keeps glyph 0 in
     * the primary face, so the layout shows where it is. Invisible characters (controls,
     * format characters, separators) take the face's space glyph at zero width and cling to
     * the character before them; a line or paragraph separator also ends its line.
     */
    private void mapCharacters(int[] formatOf, FontLibrary fonts, MissingGlyphs report) {
        int[] lost = null;
        int nLost = 0;
        int[] upem = new int[faces.length];
        int[] hard = null;
        int nHard = 0;
        String text = this.text;
        for (int i = 0, k = 0; i < n; i++) {
            char ch = text.charAt(k);
            int cp = Character.isHighSurrogate(ch) ? text.codePointAt(k) : ch;
            int after = k + (cp >= Character.MIN_SUPPLEMENTARY_CODE_POINT ? 2 : 1);
            cps[i] = cp;
            src[i] = k;
            byte c = CharClass.of(cp);
            int f = formatOf == null ? 0 : formatOf[k];
            FontFace face = faces[f];
            int g;
            boolean invisible = InvisibleCharacters.isInvisible(cp);
            if (invisible) {
                g = face.glyphId(' ');
                if (c != CharClass.SPACE && c != CharClass.NBSP) c = CharClass.COMBINING;
                if (InvisibleCharacters.breaksLineAfter(cp, after < text.length() ? text.codePointAt(after) : -1)
                        && i + 1 < n) {
                    if (hard == null) hard = new int[4];
                    if (nHard == hard.length) hard = Arrays.copyOf(hard, nHard * 2);
                    hard[nHard++] = i + 1;
                }
            } else {
                g = face.glyphId(cp);
                if (g == 0 && (c == CharClass.SPACE || c == CharClass.NBSP)) {
                    g = face.glyphId(' '); // tabs and rare spaces the face lacks: a plain space, nothing to report
                } else if (g == 0) {
                    FontFace setIn = fonts.faceFor(face, cp);
                    if (report != null) report.record(cp, face.name(), setIn == null ? "" : setIn.name(), setIn != null);
                    if (lost == null) lost = new int[4];
                    if (nLost == lost.length) lost = Arrays.copyOf(lost, nLost * 2);
                    lost[nLost++] = cp;
                    if (setIn != null) {
                        f = fallbackFormat(f, setIn);
                        face = setIn;
                        g = setIn.glyphId(cp);
                        if (upem.length < faces.length) upem = Arrays.copyOf(upem, faces.length);
                    }
                }
            }
            cls[i] = c;
            glyphs[i] = g;
            format[i] = f;
            if (invisible || isZeroWidth(cp)) {
                adv[i] = 0;
            } else {
                int em = upem[f];
                if (em == 0) em = upem[f] = face.unitsPerEm();
                Look look = looks[f];
                int units = face.advanceUnits(g);
                // a full-width glyph (every Han character) is one em: its size, no division
                if (look.hScale == 100) adv[i] = units == em ? look.size : scaled(units, look.size, em);
                else adv[i] = scaled(units, look.size * look.hScale, em * 100);
            }
            k = after;
        }
        if (lost != null) missing = Arrays.copyOf(lost, nLost);
        if (hard != null) hardBreaks = Arrays.copyOf(hard, nHard);
    }

    /**
     * The format that sets format {@code f}'s characters in {@code face} instead (same colour),
     * added on first use.
     */
    private int fallbackFormat(int f, FontFace face) {
        for (int i = 0; i < nFaces; i++) {
            if (faces[i] == face && colors[i].equals(colors[f]) && looks[i].equals(looks[f])) return i;
        }
        if (nFaces == faces.length) {
            faces = Arrays.copyOf(faces, nFaces + 2);
            colors = Arrays.copyOf(colors, nFaces + 2);
            looks = Arrays.copyOf(looks, nFaces + 2);
        }
        faces[nFaces] = face;
        colors[nFaces] = colors[f];
        looks[nFaces] = looks[f];
        return nFaces++;
    }

    /**
     * End of the stretch of characters that starts at {@code s}: the index after the first
     * line or paragraph separator from {@code s} on, else the paragraph's end. No line
     * runs past it.
     */
    int stretchEnd(int s) {
        if (hardBreaks == null) return n;
        for (int h : hardBreaks) {
            if (h > s) return h;
        }
        return n;
    }

    /** True when a separator ends the line that ends before character {@code b}. */
    boolean breaksHardBefore(int b) {
        return hardBreaks != null && Arrays.binarySearch(hardBreaks, b) >= 0;
    }

    /**
     * {@link FontFace#advance} in whole numbers: round(units × size / upem) without the
     * double division and Math.round that cost a tenth of composing a paragraph. Equal for
     * every non-negative advance: a quotient of integers is never within a double's error
     * of a half unless it is one.
     */
    static int scaled(int units, int size, int upem) {
        if (units < 0) return (int) Math.round((double) units * size / upem);
        return (int) ((2L * units * size + upem) / (2L * upem));
    }

    private static boolean isZeroWidth(int cp) {
        return cp == 0x200B || cp == 0x2060 || cp == 0xFEFF;
    }

    /**
     * Tracking before character {@code i}: the tracking of the character before it (its format's),
     * dropped at a line start; 0 for the first character.
     */
    int track(int i) {
        return tracked && i > 0 ? looks[format[i - 1]].tracking : 0;
    }

    /** True when some character carries tracking ({@link #track} is not 0 everywhere). */
    boolean tracked() { return tracked; }

    /** Width of characters [s, b) set as one line: edge blanks and the gap at its start dropped. */
    long natural(int s, int b) {
        return naturalSum[b] - naturalSum[s] - gap[s] - track(s)
                - PunctuationCompressor.startCut(this, s) - PunctuationCompressor.endCut(this, b - 1);
    }

    /** How much line [s, b) may shrink: half of each inner gap and every inner mark's blank. */
    long shrinkable(int s, int b) {
        long total = shrinkSum[b] - shrinkSum[s] - gap[s] / 2;
        if (PunctuationCompressor.startCut(this, s) > 0) total -= squeeze[s];
        // the last mark never shrinks further: a closing mark already lost its blank to the line end,
        // and a shifted bracket or interpunct would no longer end where its box ends
        if (b - 1 > s || PunctuationCompressor.startCut(this, s) == 0) {
            if (blank[b - 1] != BLANK_NONE && adjacentCut[b - 1] == 0) total -= squeeze[b - 1];
        }
        return total;
    }

    /** Em width of format {@code f}'s characters: its size times its horizontal scale. */
    int em(int f) {
        Look l = looks[f];
        return l.hScale == 100 ? l.size : (int) ((long) l.size * l.hScale / 100);
    }

    /**
     * Size and scales of a format's glyphs and the tracking after each of its characters.
     *
     * @param size     millipoints
     * @param hScale   glyph width, percent
     * @param vScale   glyph height, percent
     * @param tracking millipoints after each character
     */
    record Look(int size, int hScale, int vScale, int tracking, boolean emphasisDots) {
        static Look of(int size, TypeSettings type) {
            return of(size, type, false);
        }

        static Look of(int size, TypeSettings type, boolean emphasisDots) {
            return new Look(size, type.horizontalScale(), type.verticalScale(),
                    (int) Math.round(type.tracking() * (double) size / 1000), emphasisDots);
        }
    }

    /** Face, colour and look of each UTF-16 index, from the paragraph style and its character runs. */
    private static final class Formats {
        final List<FontFace> faces = new ArrayList<>(2);
        final List<Cmyk> colors = new ArrayList<>(2);
        final List<Look> looks = new ArrayList<>(2);
        /** Format of each UTF-16 index; null when every character is in the first (no character style applies). */
        final int[] of;

        Formats(Paragraph p, ParagraphStyle style, StyleSheet sheet, FontLibrary fonts) {
            faces.add(fonts.face(style.family(), style.bold()));
            colors.add(style.color());
            looks.add(Look.of(style.size(), style.type()));
            int[] of = null;
            for (CharRun run : p.runs()) {
                CharStyle cs = sheet == null ? null : sheet.charStyle(run.style()).orElse(null);
                if (cs == null) continue;
                if (of == null) of = new int[p.text().length()];
                FontFamily family = cs.family() != null ? cs.family() : style.family();
                boolean bold = cs.bold() != null ? cs.bold() : style.bold();
                Cmyk color = cs.color() != null ? cs.color() : style.color();
                int size = cs.size() != null ? cs.size() : style.size();
                int f = index(fonts.face(family, bold), color, Look.of(size, cs.over(style.type()), cs.emphasisDots()));
                Arrays.fill(of, run.start(), Math.min(run.end(), of.length), f);
            }
            this.of = of;
        }

        /** Index of the face, colour and look; as many formats as the paragraph's runs bring, no limit. */
        private int index(FontFace face, Cmyk color, Look look) {
            for (int i = 0; i < faces.size(); i++) {
                if (faces.get(i) == face && colors.get(i).equals(color) && looks.get(i).equals(look)) return i;
            }
            faces.add(face);
            colors.add(color);
            looks.add(look);
            return faces.size() - 1;
        }
    }
}
