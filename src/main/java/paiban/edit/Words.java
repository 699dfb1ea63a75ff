package paiban.edit;

import paiban.compose.text.CharClass;

/**
 * What a double-click selects: one Han character (Chinese has no spaces to
 * find words by), a run of letters and digits as the composer keeps together
 * ({@link CharClass#isAlnum}, with the combining marks on them), or else the
 * one character under the pointer.
 */
public final class Words {
    private Words() {}

    /** [start, end) of the word at UTF-16 {@code offset} of {@code text}; empty at the end of the text. */
    public static int[] at(String text, int offset) {
        if (offset >= text.length()) return new int[] {text.length(), text.length()};
        int cp = text.codePointAt(offset);
        int start = offset, end = offset + Character.charCount(cp);
        if (inWord(text, offset)) {
            while (start > 0 && inWord(text, text.offsetByCodePoints(start, -1))) start = text.offsetByCodePoints(start, -1);
            while (end < text.length() && inWord(text, end)) end += Character.charCount(text.codePointAt(end));
        }
        return new int[] {start, end};
    }

    /** A letter or digit, a combining mark on one, or the point or comma of a number (28.6, 1,200). */
    private static boolean inWord(String text, int i) {
        int cp = text.codePointAt(i);
        byte c = CharClass.of(cp);
        if (CharClass.isAlnum(c)) return true;
        if (c == CharClass.COMBINING) return i > 0 && inWord(text, text.offsetByCodePoints(i, -1));
        return (cp == '.' || cp == ',') && i > 0 && i + 1 < text.length()
                && digit(text.codePointBefore(i)) && digit(text.codePointAt(i + 1));
    }

    private static boolean digit(int cp) {
        return CharClass.of(cp) == CharClass.DIGIT;
    }
}
