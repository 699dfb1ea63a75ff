package paiban.compose.text;

/**
 * The clreq character classes the line breaker works on, one byte per code
 * point from a table built once (no BreakIterator, no per-call Character
 * queries). Classes group characters by how they behave at a line edge and
 * how they join their neighbours; widths come from the font, not from here.
 */
public final class CharClass {
    /** Ideographs, kana, hangul and other full-width letters: break anywhere around them. */
    public static final byte HAN = 0;
    /** Latin, Greek, Cyrillic letters: words never split. */
    public static final byte LATIN = 1;
    /** Digits (ASCII, or full-width as typed): numbers never split. */
    public static final byte DIGIT = 2;
    /** Breakable space between Latin words; a line may break after it, never before. */
    public static final byte SPACE = 3;
    /** No-break space: glues both neighbours. */
    public static final byte NBSP = 4;
    /** Pause and stop marks ，。、；：: not at line start, blank in the right half. */
    public static final byte STOP = 5;
    /** ？！ (and ASCII ?!): not at line start except at level NEWSPAPER. */
    public static final byte EXCL = 6;
    /** Closing brackets and quotes ）］｝〕〉》」』】〗”’: not at line start. */
    public static final byte CLOSE = 7;
    /** Opening brackets and quotes （［｛〔〈《「『【〖“‘: not at line end, blank in the left half. */
    public static final byte OPEN = 8;
    /** Interpuncts ·・‧: not at line start (STRICT), blank on both sides. */
    public static final byte MIDDLE = 9;
    /** Units after a number %‰℃°: not at line start (STRICT), glued to the number. */
    public static final byte POSTFIX = 10;
    /** Currency before a number ￥$£: not at line end (STRICT), glued to the number. */
    public static final byte PREFIX = 11;
    /** Dashes — ―: a run of them is never split. */
    public static final byte DASH = 12;
    /** Ellipsis … ⋯: a run of them is never split. */
    public static final byte ELLIPSIS = 13;
    /** Narrow closing punctuation , . ; : ) ] }: not at line start. */
    public static final byte W_CLOSE = 14;
    /** Narrow opening punctuation ( [ {: not at line end. */
    public static final byte W_OPEN = 15;
    /** Other narrow symbols - / &amp; ' " @ + = …: no rule of their own. */
    public static final byte W_SYMBOL = 16;
    /** Combining marks: glued to the character before. */
    public static final byte COMBINING = 17;
    /** Ideographic space U+3000: a full-width blank. */
    public static final byte IDEO_SPACE = 18;
    /** Iteration marks and small kana 々〻ゝゞヽヾーぁ…: not at line start (STRICT). */
    public static final byte ITERATION = 19;
    /** Anything else (symbols, other scripts): breaks allowed, no spacing. */
    public static final byte OTHER = 20;

    public static final int COUNT = 21;

    private static final byte[] BMP = build();

    /**
     * {@link #isHanScript} and {@link #isChinesePunctuation} for every BMP character, one bit each (8 KB apiece),
     * decided once by the rules below: the import clean-up asks them for every character of the copy, and the
     * script lookup is a binary search.
     */
    private static final long[] HAN_SCRIPT_BMP = new long[0x10000 / 64];
    private static final long[] CHINESE_PUNCTUATION_BMP = new long[0x10000 / 64];

    static {
        for (int cp = 0; cp < 0x10000; cp++) {
            if (decideHanScript(cp)) HAN_SCRIPT_BMP[cp >>> 6] |= 1L << cp;
            if (decideChinesePunctuation(cp)) CHINESE_PUNCTUATION_BMP[cp >>> 6] |= 1L << cp;
        }
    }

    private CharClass() {}

    /** Class of a code point (table lookup). */
    public static byte of(int cp) {
        if (cp < 0x10000) return BMP[cp];
        // CJK Unified Ideographs extensions B… and compatibility supplement
        if (cp >= 0x20000 && cp < 0x40000) return HAN;
        return OTHER;
    }

    /** Letters and digits: the characters that form unsplittable words and numbers. */
    public static boolean isAlnum(byte c) {
        return c == LATIN || c == DIGIT;
    }

    /**
     * Which blanks a question counts. The one table has every blank the composer knows; a clean-up of typed copy
     * asks about fewer of them, and says so by naming this option.
     */
    public enum Blanks {
        /**
         * The blanks on a keyboard or in a pasted PDF: space, tab, no-break space and the ideographic space
         * (the blank classes below U+0100, and {@link #IDEO_SPACE}). Typographic spaces (en, thin, hair,
         * zero-width, word joiner …) were put there on purpose and an import leaves them alone.
         */
        TYPED,
        /** Every blank class: {@link #SPACE}, {@link #NBSP} and {@link #IDEO_SPACE}. */
        ALL
    }

    /** Whether {@code cp} is a blank of the kind {@code which} names (line feeds are not blanks). */
    public static boolean isBlank(int cp, Blanks which) {
        if (cp < 0) return false;
        byte c = of(cp);
        if (c != SPACE && c != NBSP && c != IDEO_SPACE) return false;
        return which == Blanks.ALL || cp < 0x100 || c == IDEO_SPACE;
    }

    /**
     * Punctuation set full width in Chinese text: the composer's full-width punctuation classes (stops, ？！,
     * brackets and quotes, interpuncts, dashes, ellipses; not their ASCII forms), and the other marks of the CJK
     * symbols block and of the full-width forms (〃〒〜〝＃＆＊＋－／＠…; not their letters and digits, not the
     * ideographic space).
     */
    public static boolean isChinesePunctuation(int cp) {
        return cp >= 0 && cp < 0x10000 && (CHINESE_PUNCTUATION_BMP[cp >>> 6] & (1L << cp)) != 0;
    }

    private static boolean decideChinesePunctuation(int cp) {
        if (cp < 0x80 || cp >= 0x10000) return false;
        byte c = of(cp);
        if (isCompressiblePunctuation(c) || c == DASH || c == ELLIPSIS) return true;
        if (c == IDEO_SPACE || Character.isLetterOrDigit(cp)) return false;
        return (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF01 && cp <= 0xFF65);
    }

    /** Han characters (any extension) and {@link #isChinesePunctuation Chinese punctuation}. */
    public static boolean isChinese(int cp) {
        return isHanScript(cp) || isChinesePunctuation(cp);
    }

    /** A character of the Han script (ideographs, 〇, 々), not kana or hangul, which the composer also sets as {@link #HAN}. */
    public static boolean isHanScript(int cp) {
        if (cp >= 0 && cp < 0x10000) return (HAN_SCRIPT_BMP[cp >>> 6] & (1L << cp)) != 0;
        return decideHanScript(cp);
    }

    private static boolean decideHanScript(int cp) {
        return cp >= 0 && cp <= Character.MAX_CODE_POINT && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Full-width punctuation whose blank half may be compressed. */
    public static boolean isCompressiblePunctuation(byte c) {
        return c == STOP || c == EXCL || c == CLOSE || c == OPEN || c == MIDDLE;
    }

    private static byte[] build() {
        byte[] t = new byte[0x10000];
        for (int cp = 0; cp < t.length; cp++) t[cp] = general(cp);
        set(t, HAN, "〇");
        set(t, STOP, "，。、；：︐︑︒︓︔﹐﹑﹒﹔﹕｡､");
        set(t, EXCL, "？！‼⁇⁈⁉﹖﹗?!");
        set(t, CLOSE, "）］｝〕〉》」』】〗〙〛”’｠﹚﹜﹞｣");
        set(t, OPEN, "（［｛〔〈《「『【〖〘〚“‘｟﹙﹛﹝｢");
        set(t, MIDDLE, "·・‧･");
        set(t, POSTFIX, "%‰‱℃℉°′″％￠¢");
        set(t, PREFIX, "$£¥￥＄￡€₩₹#№");
        set(t, DASH, "—―⸺⸻");
        set(t, ELLIPSIS, "…⋯‥");
        set(t, W_CLOSE, ",.;:)]}");
        set(t, W_OPEN, "([{");
        set(t, ITERATION, "々〻ゝゞヽヾーぁぃぅぇぉっゃゅょゎゕゖァィゥェォッャュョヮヵヶㇰㇱㇲㇳㇴㇵㇶㇷㇸㇹㇺㇻㇼㇽㇾㇿ");
        set(t, SPACE, " \t\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2008\u2009\u200A\u205F\u200B");
        set(t, NBSP, "\u00A0\u2007\u202F\u2060\uFEFF");
        set(t, IDEO_SPACE, "\u3000");
        return t;
    }

    private static byte general(int cp) {
        if ((cp >= '0' && cp <= '9') || (cp >= 0xFF10 && cp <= 0xFF19)) return DIGIT;
        if ((cp >= 0xFF21 && cp <= 0xFF3A) || (cp >= 0xFF41 && cp <= 0xFF5A)) return LATIN; // full-width, as typed
        if (cp < 0x80) {
            if (Character.isLetter(cp)) return LATIN;
            if (cp > 0x20 && cp < 0x7F) return W_SYMBOL;
            return OTHER;
        }
        int type = Character.getType(cp);
        if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK) return COMBINING;
        if (isWide(cp)) return HAN;
        if (cp < 0x2000 && Character.isLetterOrDigit(cp)) return LATIN;
        if (cp < 0x2000 && cp > 0xA0) return W_SYMBOL;
        return OTHER;
    }

    /** Blocks set full-width in a Chinese font: CJK, kana, hangul, full-width forms. */
    private static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF01 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6);
    }

    private static void set(byte[] t, byte c, String chars) {
        chars.codePoints().forEach(cp -> t[cp] = c);
    }
}
