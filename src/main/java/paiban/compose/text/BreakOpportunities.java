package paiban.compose.text;

import paiban.model.style.ProhibitionLevel;

/**
 * Marks, for every boundary between two characters of a paragraph, whether a
 * line may break there. Boundary {@code i} lies before character {@code i}.
 * Three strengths, so a measure too narrow for the rules still makes progress:
 * <ul>
 * <li>{@link #CLUSTER}: inside an unsplittable unit (a Latin word with the narrow symbols
 *     touching it, a number with its sign, decimal point, prefix and unit, —— or ……, a word,
 *     a space and a number like "iPhone 15"); split only when one unit is wider than the
 *     whole measure.</li>
 * <li>{@link #PROHIBITED}: a line-start or line-end prohibition of the level; broken
 *     only when no allowed break fits at all.</li>
 * <li>{@link #ALLOWED}: a normal break opportunity.</li>
 * </ul>
 * A break never comes before a space (the space stays at the end of the line), nor, at any
 * level but NONE, before a connector (连接号, GB/T 15834): a single — or ― (一字线, as in
 * 2024—2030), a wave dash ～ 〜, an en dash or hyphen – ‐ and a - that joins two words. A 破折号
 * —— is two dashes and may start a line.
 */
public final class BreakOpportunities {
    public static final byte CLUSTER = 0;
    public static final byte PROHIBITED = 1;
    public static final byte ALLOWED = 2;

    /**
     * Classes no gluing rule names, either side of a boundary: Han, full-width punctuation,
     * narrow brackets and stops, iteration marks, ideographic space and other symbols. Between two
     * of them a break is only ever prohibited by the level's rows or by a connector.
     */
    private static final boolean[] PLAIN = new boolean[CharClass.COUNT];

    static {
        for (byte c : new byte[] {CharClass.HAN, CharClass.STOP, CharClass.EXCL, CharClass.CLOSE, CharClass.OPEN,
                CharClass.MIDDLE, CharClass.W_CLOSE, CharClass.W_OPEN, CharClass.IDEO_SPACE, CharClass.ITERATION,
                CharClass.OTHER}) {
            PLAIN[c] = true;
        }
    }

    private BreakOpportunities() {}

    /**
     * Fills {@code out[0..n]}: out[0] is CLUSTER (no empty line before the first
     * character), out[n] is ALLOWED (the paragraph's end).
     */
    public static void compute(int[] cps, byte[] cls, int n, ProhibitionLevel level, byte[] out) {
        boolean[] notStart = Prohibitions.startRow(level);
        boolean[] notEnd = Prohibitions.endRow(level);
        if (n == 0) {
            out[0] = ALLOWED;
            return;
        }
        out[0] = CLUSTER;
        out[n] = ALLOWED;
        boolean connectors = level != ProhibitionLevel.NONE;
        for (int i = 1; i < n; i++) {
            byte a = cls[i - 1];
            byte b = cls[i];
            if (PLAIN[a] && PLAIN[b]) {
                // the common case (Han beside Han or a mark): no gluing rule applies, and of the
                // connectors only the ones that are single code points of these classes can follow
                out[i] = notStart[b] || notEnd[a] || connectors && isPlainConnector(cps[i]) ? PROHIBITED : ALLOWED;
                continue;
            }
            if (glued(cps, cls, n, i, a, b)) out[i] = CLUSTER;
            else if (notStart[b] || notEnd[a]) out[i] = PROHIBITED;
            else if (level != ProhibitionLevel.NONE && isConnector(cps, cls, n, i)) out[i] = PROHIBITED;
            else out[i] = ALLOWED;
        }
    }

    /** Character {@code i} is a connector (连接号), which never starts a line. */
    public static boolean isConnector(int[] cps, byte[] cls, int n, int i) {
        int cp = cps[i];
        if (cls[i] == CharClass.DASH) {
            // one dash alone is a 一字线 connector; two or more are a 破折号
            return (i == 0 || cls[i - 1] != CharClass.DASH) && (i + 1 >= n || cls[i + 1] != CharClass.DASH);
        }
        if (isPlainConnector(cp)) return true;
        if (cp == '-') {
            // a minus sign before a number (温度-5℃) may start a line; a hyphen between words may not
            boolean sign = i + 1 < n && cls[i + 1] == CharClass.DIGIT && (i == 0 || !CharClass.isAlnum(cls[i - 1]));
            return !sign && i > 0 && i + 1 < n && cls[i - 1] != CharClass.SPACE && cls[i + 1] != CharClass.SPACE;
        }
        return false;
    }

    /** A connector known by its code point alone: wave dashes, hyphens, the en dash. */
    private static boolean isPlainConnector(int cp) {
        return cp == '～' || cp == '〜' || cp == '\u2010' || cp == '\u2011' || cp == '\u2013';
    }

    private static boolean glued(int[] cps, byte[] cls, int n, int i, byte a, byte b) {
        if (b == CharClass.COMBINING || b == CharClass.SPACE || b == CharClass.NBSP || a == CharClass.NBSP) return true;
        boolean alnumA = CharClass.isAlnum(a);
        boolean alnumB = CharClass.isAlnum(b);
        if (alnumA && alnumB) return true;
        // narrow symbols stick to the word they touch: C++, a@b, 'quoted', #1
        if ((alnumA || a == CharClass.W_SYMBOL) && b == CharClass.W_SYMBOL) return true;
        if (a == CharClass.W_SYMBOL && alnumB) return true;
        if (a == b && (a == CharClass.DASH || a == CharClass.ELLIPSIS)) return true;
        if (a == CharClass.PREFIX && (alnumB || b == CharClass.PREFIX)) return true;
        if (b == CharClass.POSTFIX && (alnumA || a == CharClass.POSTFIX)) return true;
        // sign before a number: -5, +3.2 (not when the sign follows a word: A-1 is handled below)
        if (b == CharClass.DIGIT && isSign(cps[i - 1]) && (i < 2 || !CharClass.isAlnum(cls[i - 2]))) return true;
        // word-internal punctuation: 3.8, 1,000, 10:30, COVID-19, don't, a/b
        if (alnumA && i + 1 < n && CharClass.isAlnum(cls[i + 1]) && isJoiner(cps[i])) return true;
        if (alnumB && i >= 2 && CharClass.isAlnum(cls[i - 2]) && isJoiner(cps[i - 1])) return true;
        // a product name and its number: iPhone 15, Windows 11
        if (b == CharClass.DIGIT && a == CharClass.SPACE && i >= 2 && cls[i - 2] == CharClass.LATIN) return true;
        return false;
    }

    private static boolean isSign(int cp) {
        return cp == '-' || cp == '+' || cp == '\u2212' || cp == '\u00B1';
    }

    private static boolean isJoiner(int cp) {
        return cp == '.' || cp == ',' || cp == ':' || cp == '/' || cp == '-' || cp == '\'' || cp == '_'
                || cp == '&';
    }
}
