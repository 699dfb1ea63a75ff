package paiban.model;

import java.util.List;
import java.util.TreeSet;

/**
 * A list of page numbers as the desk writes it, {@code 1,3,5-8}: the one reader of it for the {@code export
 * --pages} option and the export dialog. Strict: ASCII digits, {@code ,} between entries, {@code -} in a range and
 * spaces around them; an empty entry ({@code 1,,3}), a full-width comma or a page the edition lacks is refused with
 * the entry and the character where it starts, so each caller can word it in its own language.
 */
public final class PageList {
    /** Longer numbers are no page of any edition and would only overflow. */
    private static final int MAX_DIGITS = 4;

    private PageList() {}

    /** What is wrong with a page list, and where. */
    public static final class Problem extends IllegalArgumentException {
        public enum Kind { NOTHING, EMPTY_ENTRY, NOT_A_NUMBER, BACKWARDS, NO_SUCH_PAGE }

        private final Kind kind;
        private final String entry;
        private final int column;
        private final int page;
        private final int pageCount;

        Problem(Kind kind, String entry, int column, int page, int pageCount, String message) {
            super(message);
            this.kind = kind;
            this.entry = entry;
            this.column = column;
            this.page = page;
            this.pageCount = pageCount;
        }

        public Kind kind() { return kind; }

        /** The entry at fault as typed (stripped), or the whole text for {@link Kind#NOTHING}. */
        public String entry() { return entry; }

        /** 1-based character of the text where the entry starts. */
        public int column() { return column; }

        /** For {@link Kind#NO_SUCH_PAGE}: the page asked for. */
        public int page() { return page; }

        public int pageCount() { return pageCount; }
    }

    /**
     * @param pageCount pages of the edition; every number must lie in 1..pageCount
     * @return the numbers in ascending order, each once
     * @throws Problem naming the entry at fault (English message, as the command line prints it)
     */
    public static List<Integer> parse(String text, int pageCount) {
        String t = text == null ? "" : text;
        if (t.isBlank()) throw new Problem(Problem.Kind.NOTHING, t.strip(), 1, 0, pageCount, "no page numbers given");
        TreeSet<Integer> out = new TreeSet<>();
        int start = 0;
        while (start <= t.length()) {
            int comma = t.indexOf(',', start);
            int end = comma < 0 ? t.length() : comma;
            String raw = t.substring(start, end);
            String p = raw.strip();
            int column = start + (raw.length() - raw.stripLeading().length()) + 1;
            if (p.isEmpty()) throw new Problem(Problem.Kind.EMPTY_ENTRY, "", column, 0, pageCount,
                    "empty entry in " + t + " (at character " + column + ")");
            int dash = p.indexOf('-', 1);
            int from = number(dash < 0 ? p : p.substring(0, dash), p, column, pageCount);
            int to = dash < 0 ? from : number(p.substring(dash + 1), p, column, pageCount);
            if (from > to) throw new Problem(Problem.Kind.BACKWARDS, p, column, 0, pageCount, "range " + p + " runs backwards");
            for (int n : new int[] {from, to}) {
                if (n < 1 || n > pageCount) throw new Problem(Problem.Kind.NO_SUCH_PAGE, p, column, n, pageCount,
                        "page " + n + " does not exist (the edition has " + pageCount + " pages)");
            }
            for (int n = from; n <= to; n++) out.add(n);
            if (comma < 0) break;
            start = comma + 1;
        }
        return List.copyOf(out);
    }

    private static int number(String s, String entry, int column, int pageCount) {
        String d = s.strip();
        if (d.isEmpty() || d.length() > MAX_DIGITS || !d.chars().allMatch(c -> c >= '0' && c <= '9'))
            throw new Problem(Problem.Kind.NOT_A_NUMBER, entry, column, 0, pageCount,
                    "not a page number or range: " + entry + " (at character " + column + ")");
        return Integer.parseInt(d);
    }
}
