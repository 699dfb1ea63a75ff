package paiban.edit;

/**
 * What a double-click selects: one Han character (Chinese has no spaces to
 * find words by), a run of Latin letters and digits, or else the one
 * character under the pointer.
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

    /** A letter or digit, or the point or comma of a number (28.6, 1,200). */
    private static boolean inWord(String text, int i) {
        int cp = text.codePointAt(i);
        if (latin(cp)) return true;
        return (cp == '.' || cp == ',') && i > 0 && i + 1 < text.length()
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
    }

    private static boolean latin(int cp) {
        return cp < 0x3000 && Character.isLetterOrDigit(cp) || cp >= 0xFF10 && cp <= 0xFF5A && Character.isLetterOrDigit(cp);
    }
}
