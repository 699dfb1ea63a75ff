package paiban.font;

/**
 * Characters that no face should draw: line and paragraph separators, controls,
 * format characters (zero-width space and joiners, direction marks, byte-order
 * mark, soft hyphen) and variation selectors. The composer sets them at zero
 * width (a line or paragraph separator also ends its line), the screen and the
 * PDF draw nothing for them, and preflight never reports them missing, even
 * where a font happens to map one to a visible glyph (the soft hyphen).
 */
public final class InvisibleCharacters {
    /**
     * {@link #decide} for every BMP character, one bit each (8 KB): the composer asks for every
     * character, and punctuation such as ，“”—… would otherwise reach the Unicode category lookup.
     */
    private static final long[] BMP = new long[0x10000 / 64];

    static {
        for (int cp = 0; cp < 0x10000; cp++) {
            if (decide(cp)) BMP[cp >>> 6] |= 1L << cp;
        }
    }

    private InvisibleCharacters() {}

    /** True for a character that shows nothing and takes no room. The tab is a space, not this. */
    public static boolean isInvisible(int cp) {
        if (cp >= 0 && cp < 0x10000) return (BMP[cp >>> 6] & (1L << cp)) != 0;
        return decide(cp);
    }

    private static boolean decide(int cp) {
        if (cp < 0x20) return cp != '\t';
        if (cp < 0x7F) return false;
        if (cp >= 0x2070 && cp < 0xFE00) return false;            // CJK and everything around it: no format characters
        if (cp <= 0x9F) return true;
        if (cp == 0x00AD || cp == 0x034F || cp == 0x061C || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0) return true;
        if (cp >= 0x180B && cp <= 0x180F) return true;            // Mongolian variation selectors and vowel separator
        if (cp >= 0x200B && cp <= 0x200F) return true;            // zero-width space, joiners, direction marks
        if (cp >= 0x2028 && cp <= 0x202E) return true;            // line and paragraph separators, embeddings
        if (cp >= 0x2060 && cp <= 0x206F) return true;            // word joiner, invisible operators, isolates
        if (cp >= 0xFE00 && cp <= 0xFE0F) return true;            // variation selectors
        if (cp == 0xFEFF) return true;                            // byte-order mark / zero-width no-break space
        if (cp >= 0xFFF0 && cp <= 0xFFF8) return true;
        if (cp >= 0xE0000 && cp <= 0xE0FFF) return true;          // tags and variation selectors supplement
        return Character.getType(cp) == Character.FORMAT;
    }

    /**
     * True for a character after which the line must end: line feed, vertical tab,
     * form feed, carriage return (not before a line feed, which ends the line
     * itself), next line, line separator U+2028 and paragraph separator U+2029.
     *
     * @param next the character after it, or -1 at the end of the text
     */
    public static boolean breaksLineAfter(int cp, int next) {
        if (cp == '\r') return next != '\n';
        return cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x85 || cp == 0x2028 || cp == 0x2029;
    }
}
