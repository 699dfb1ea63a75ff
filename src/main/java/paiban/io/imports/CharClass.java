package paiban.io.imports;

/**
 * Which characters count as Chinese, as spaces, as sentence ends: the tables the clean-up rules consult. Letters
 * and digits are the line breaker's ({@link paiban.compose.text.CharClass}), so import and composition agree on
 * what a word or a number is; the spaces and punctuation here are the clean-up's own questions.
 */
final class CharClass {
    private CharClass() {}

    /** Spaces a reporter types or a PDF copy leaves: ASCII space, tab, no-break space, ideographic space. */
    static boolean isSpace(int c) {
        return c == ' ' || c == '\t' || c == '\u00A0' || c == '\u3000';
    }

    static boolean isHan(int cp) {
        return cp >= 0 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** Punctuation set in Chinese text: CJK symbols, full-width forms, and the dashes, ellipsis and quotes Chinese uses. */
    static boolean isChinesePunctuation(int cp) {
        return (cp >= 0x3001 && cp <= 0x303F)
                || (cp >= 0xFF01 && cp <= 0xFF0F) || (cp >= 0xFF1A && cp <= 0xFF20)
                || (cp >= 0xFF3B && cp <= 0xFF40) || (cp >= 0xFF5B && cp <= 0xFF65)
                || cp == 0x2014 || cp == 0x2015 || cp == 0x2026 || cp == 0x00B7
                || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D;
    }

    /** Han characters and Chinese punctuation: the neighbours that make a space or a half-width mark out of place. */
    static boolean isChinese(int cp) {
        return isHan(cp) || isChinesePunctuation(cp);
    }

    static boolean isAsciiDigit(int cp) {
        return cp >= 0 && cp < 0x80 && paiban.compose.text.CharClass.of(cp) == paiban.compose.text.CharClass.DIGIT;
    }

    static boolean isAsciiAlnum(int cp) {
        return cp >= 0 && cp < 0x80 && paiban.compose.text.CharClass.isAlnum(paiban.compose.text.CharClass.of(cp));
    }

    /** Full-width digits and Latin letters as typed on a Chinese keyboard (０–９, Ａ–Ｚ, ａ–ｚ). */
    static boolean isFullwidthAlnum(int cp) {
        return cp >= 0xFF00 && cp <= 0xFFEF && paiban.compose.text.CharClass.isAlnum(paiban.compose.text.CharClass.of(cp));
    }

    /** A mark that ends a sentence or clause: a line ending in one is body text, not a headline or subhead. */
    static boolean isEndPunctuation(int cp) {
        return "。，、；：！？….,;:!?）)”’\"'」』》】".indexOf(cp) >= 0;
    }

    /** Punctuation allowed to end a headline (a headline may exclaim or ask, but not stop mid-sentence). */
    static boolean endsClause(int cp) {
        return "。，、；：.,;:".indexOf(cp) >= 0;
    }

    /** Code points in a string, white space not counted: how long a line reads. */
    static int visibleLength(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (!isSpace(cp) && cp != '\n') n++;
            i += Character.charCount(cp);
        }
        return n;
    }

    /** Last code point that is not white space, or -1. */
    static int lastVisible(String s) {
        for (int i = s.length(); i > 0; ) {
            int cp = s.codePointBefore(i);
            if (!isSpace(cp) && cp != '\n') return cp;
            i -= Character.charCount(cp);
        }
        return -1;
    }
}
