package paiban.io.imports;

import java.util.Map;

/**
 * Characters that print nothing in the copy yet would print wrong on the page: a soft hyphen (U+00AD) that
 * a PDF sets as a visible "-" mid-line, zero-width spaces and joiners, direction marks, a byte order mark
 * inside the text, C1 controls. They go; a line separator (U+2028, also NEL U+0085) becomes a line break and
 * a paragraph separator (U+2029) a paragraph break. Each is tallied by code point for the report.
 */
final class InvisibleChars {
    private InvisibleChars() {}

    /** What becomes of a code point: removed (""), a line break, a paragraph break, or null when it stays. */
    static String replacement(int cp, int before, int after) {
        switch (cp) {
            case 0x2028, 0x0085: return "\n";
            case 0x2029: return "\n\n";
            case 0x200D:
                // an emoji sequence (👨‍👩‍👧) keeps its joiner; beside text it is noise
                return isSymbol(before) && isSymbol(after) ? null : "";
            default:
                return invisible(cp) ? "" : null;
        }
    }

    static boolean invisible(int cp) {
        return cp == 0x00AD || cp == 0x034F || cp == 0x180E
                || (cp >= 0x200B && cp <= 0x200F)
                || (cp >= 0x202A && cp <= 0x202E)
                || (cp >= 0x2060 && cp <= 0x2064)
                || (cp >= 0x2066 && cp <= 0x2069)
                || cp == 0xFEFF || (cp >= 0xFFF9 && cp <= 0xFFFC)
                || (cp >= 0x0080 && cp <= 0x009F);
    }

    private static boolean isSymbol(int cp) {
        return cp >= 0 && (Character.getType(cp) == Character.OTHER_SYMBOL || cp == 0xFE0F || (cp >= 0x1F3FB && cp <= 0x1F3FF));
    }

    /** Cleans plain text (before it is split into paragraphs), tallying what went into {@code tally}. */
    static String clean(String s, Map<Integer, Integer> tally) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            String r = cp < 0x80 || (cp > 0x9F && cp < 0xAD) ? null
                    : replacement(cp, i > 0 ? s.codePointBefore(i) : -1, i + n < s.length() ? s.codePointAt(i + n) : -1);
            if (r != null) {
                if (out == null) out = new StringBuilder(s.length()).append(s, 0, i);
                out.append(r);
                tally.merge(cp, 1, Integer::sum);
            } else if (out != null) {
                out.appendCodePoint(cp);
            }
            i += n;
        }
        return out == null ? s : out.toString();
    }

    /** Cleans one paragraph's text in place (a paragraph separator inside it becomes a line break); returns the count. */
    static int clean(RichText t, Map<Integer, Integer> tally) {
        int count = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            char c = t.charAt(i);
            if (c < 0x80 || Character.isSurrogate(c)) continue;
            int before = i > 0 ? t.codePointAt(Math.max(0, Character.isLowSurrogate(t.charAt(i - 1)) && i > 1 ? i - 2 : i - 1)) : -1;
            int after = i + 1 < t.length() ? t.codePointAt(i + 1) : -1;
            String r = replacement(c, before, after);
            if (r == null) continue;
            t.replace(i, i + 1, r.isEmpty() ? "" : "\n");
            tally.merge((int) c, 1, Integer::sum);
            count++;
        }
        return count;
    }

    /** The tally as the report shows it: U+00AD ×3, U+200B ×1. */
    static String summary(Map<Integer, Integer> tally) {
        StringBuilder sb = new StringBuilder();
        for (var e : new java.util.TreeMap<>(tally).entrySet()) {
            if (sb.length() > 0) sb.append(", ");
            sb.append(String.format("U+%04X ×%d", e.getKey(), e.getValue()));
        }
        return sb.toString();
    }
}
