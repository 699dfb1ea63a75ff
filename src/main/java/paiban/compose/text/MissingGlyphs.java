package paiban.compose.text;

import java.util.Map;
import java.util.TreeMap;

/**
 * Characters a paragraph's face lacked, collected while composing: most are
 * set in a face further down the fallback chain, and the rest (no face has
 * them) keep glyph 0 in the layout, where preflight finds them. Thread-safe;
 * shared by every paragraph a setter composes.
 */
public final class MissingGlyphs {
    private final Map<Integer, Entry> byCodePoint = new TreeMap<>();
    private long occurrences;

    /**
     * One missing character: how often it was set, and the face that set it in the end
     * ({@code fallback}, "" and {@code fallbackHasIt} false when no face of the chain has it).
     */
    public record Entry(int codePoint, String face, String fallback, boolean fallbackHasIt, long count) {
        public String character() {
            return new String(Character.toChars(codePoint));
        }
    }

    /** Records one occurrence of {@code codePoint} missing from {@code face}. */
    public synchronized void record(int codePoint, String face, String fallback, boolean fallbackHasIt) {
        occurrences++;
        Entry e = byCodePoint.get(codePoint);
        long count = e == null ? 1 : e.count() + 1;
        byCodePoint.put(codePoint, new Entry(codePoint, face, fallback, fallbackHasIt, count));
    }

    /** Total characters set in a fallback face so far. */
    public synchronized long occurrences() {
        return occurrences;
    }

    /** Distinct missing characters, by code point. */
    public synchronized java.util.List<Entry> entries() {
        return java.util.List.copyOf(byCodePoint.values());
    }

    public synchronized boolean isEmpty() {
        return occurrences == 0;
    }

    public synchronized void clear() {
        byCodePoint.clear();
        occurrences = 0;
    }
}
