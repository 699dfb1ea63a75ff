package paiban.io.imports;

import paiban.compose.text.CharClass;

/**
 * The clean-up's questions about characters, asked of the composer's one table ({@link CharClass}), so import and
 * composition agree on what is Han, a blank, Chinese punctuation, a word or a number. The clean-up asks about the
 * {@link CharClass.Blanks#TYPED typed} blanks only. What ends a sentence or a clause is not a class of characters
 * but a rule of the structure recogniser, and stays here.
 */
final class CleanupChars {
    private CleanupChars() {}

    /** Spaces a reporter types or a PDF copy leaves: ASCII space, tab, no-break space, ideographic space. */
    static boolean isSpace(int c) {
        return CharClass.isBlank(c, CharClass.Blanks.TYPED);
    }

    static boolean isHan(int cp) {
        return CharClass.isHanScript(cp);
    }

    /** Han characters and Chinese punctuation: the neighbours that make a space or a half-width mark out of place. */
    static boolean isChinese(int cp) {
        return CharClass.isChinese(cp);
    }

    static boolean isAsciiDigit(int cp) {
        return cp >= 0 && cp < 0x80 && CharClass.of(cp) == CharClass.DIGIT;
    }

    static boolean isAsciiAlnum(int cp) {
        return cp >= 0 && cp < 0x80 && CharClass.isAlnum(CharClass.of(cp));
    }

    /** Full-width digits and Latin letters as typed on a Chinese keyboard (０–９, Ａ–Ｚ, ａ–ｚ). */
    static boolean isFullwidthAlnum(int cp) {
        return cp >= 0xFF00 && cp <= 0xFFEF && CharClass.isAlnum(CharClass.of(cp));
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
