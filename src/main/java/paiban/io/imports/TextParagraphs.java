package paiban.io.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Two layouts are recognised: one
 * paragraph a line, and paragraphs separated by blank lines with hard-wrapped
 * lines inside (kept as line breaks in the draft for the join rule). A
 * headline stack of short lines at the top is split line by line first, so
 * that a stack typed without blank lines is not joined into the body; so is a
 * title typed on the line straight above the lead. Each draft remembers the
 * line it starts on, and the limits of {@link ImportLimits} are checked as the
 * paragraphs are made, so an oversized file stops before it fills memory.
 */
final class TextParagraphs {
    private TextParagraphs() {}

    /** A limit of {@link ImportLimits} passed: the report key and its arguments. */
    static final class LimitExceeded extends RuntimeException {
        final String key;
        final Object[] args;

        LimitExceeded(String key, Object... args) {
            super(key, null, false, false);
            this.key = key;
            this.args = args;
        }
    }

    static List<Draft> split(String text, boolean recogniseHeadline) {
        return split(text, recogniseHeadline, new ImportReport.Builder("", "text"));
    }

    static List<Draft> split(String text, boolean recogniseHeadline, ImportReport.Builder report) {
        List<String> lines = List.of(text.split("\n", -1));
        Out drafts = new Out();
        int i = 0;
        while (i < lines.size() && blank(lines.get(i))) i++;
        if (blankSeparated(lines, i) && recogniseHeadline) {
            // Whole blocks of short lines only: a short first line of a wrapped paragraph is not a headline.
            int j = i;
            List<Integer> head = new ArrayList<>();
            while (j < lines.size()) {
                int end = j;
                while (end < lines.size() && !blank(lines.get(end))) end++;
                List<String> block = lines.subList(j, end);
                if (!block.stream().allMatch(StructureRecognizer::looksLikeHeadline)) break;
                for (int k = j; k < end; k++) head.add(k);
                j = end;
                while (j < lines.size() && blank(lines.get(j))) j++;
            }
            boolean bodyFollows = j < lines.size();
            if (!head.isEmpty() && head.size() <= StructureRecognizer.HEADLINE_LINES && bodyFollows) {
                for (int k : head) drafts.add(lines.get(k), k);
                i = j;
            } else if (head.isEmpty()) {
                i = titleAboveLead(lines, i, drafts, report);
            }
        }
        if (blankSeparated(lines, i)) {
            StringBuilder block = new StringBuilder();
            int start = i;
            for (int k = i; k < lines.size(); k++) {
                if (blank(lines.get(k))) {
                    if (block.length() > 0) drafts.add(block.toString(), start);
                    block.setLength(0);
                } else {
                    if (block.length() > 0) block.append('\n');
                    else start = k;
                    block.append(lines.get(k));
                    if (block.length() > ImportLimits.MAX_PARAGRAPH_CHARS) tooLong(drafts.list.size() + 1, start, block.length());
                }
            }
            if (block.length() > 0) drafts.add(block.toString(), start);
        } else {
            for (int k = i; k < lines.size(); k++) if (!blank(lines.get(k))) drafts.add(lines.get(k), k);
        }
        return drafts.list;
    }

    /**
     * A title typed on the first line with the lead straight under it, no blank line between
     * (城市书房开到家门口 / 本报讯（记者 …）…): the first lines of the first block that look like a
     * headline are split off when a 电头 follows them or when they are clearly shorter than the
     * lines after them (a wrapped paragraph's first line is as long as the others). Returns the line
     * the body starts on.
     */
    private static int titleAboveLead(List<String> lines, int from, Out drafts, ImportReport.Builder report) {
        int end = from;
        while (end < lines.size() && !blank(lines.get(end))) end++;
        int longest = 0;
        for (int k = from; k < end; k++) longest = Math.max(longest, CleanupChars.visibleLength(lines.get(k)));
        int most = Math.min(StructureRecognizer.HEADLINE_LINES, end - from - 1);
        // lines clearly shorter than the block's longest (a wrapped paragraph's lines are all about as long)
        int shorter = 0;
        while (shorter < most && StructureRecognizer.looksLikeHeadline(lines.get(from + shorter))
                && CleanupChars.visibleLength(lines.get(from + shorter)) * 4 <= longest * 3) shorter++;
        // or the lines above a 电头
        int aboveDateline = 0;
        while (aboveDateline < most && StructureRecognizer.looksLikeHeadline(lines.get(from + aboveDateline))) aboveDateline++;
        if (!StructureRecognizer.DATELINE.matcher(lines.get(from + aboveDateline)).find()) aboveDateline = 0;
        int n = Math.max(shorter, aboveDateline);
        if (n == 0) return from;
        for (int k = from; k < from + n; k++) {
            drafts.add(lines.get(k), k);
            report.note("note.titleSplit", excerpt(lines.get(k).strip()));
        }
        return from + n;
    }

    private static void tooLong(int paragraph, int line, int length) {
        throw new LimitExceeded("error.paragraphTooLong", paragraph, line + 1, length, ImportLimits.MAX_PARAGRAPH_CHARS);
    }

    /** Drafts as they are made, counted against {@link ImportLimits#MAX_PARAGRAPHS}. */
    private static final class Out {
        final List<Draft> list = new ArrayList<>();

        void add(String text, int line) {
            if (text.length() > ImportLimits.MAX_PARAGRAPH_CHARS) tooLong(list.size() + 1, line, text.length());
            if (list.size() >= ImportLimits.MAX_PARAGRAPHS) throw new LimitExceeded("error.tooManyParagraphs", ImportLimits.MAX_PARAGRAPHS);
            Draft d = Draft.plain(text);
            d.line = line + 1;
            list.add(d);
        }
    }

    /** A short quotation of a line for the report: its first 16 characters. */
    static String excerpt(String s) {
        String t = s.replace('\n', ' ').replaceAll("[ \t]+", " ").strip();
        return t.codePointCount(0, t.length()) > 16 ? "“" + t.substring(0, t.offsetByCodePoints(0, 16)) + "…”" : "“" + t + "”";
    }

    /** True when blank lines separate the paragraphs and at least one paragraph spans several lines. */
    static boolean blankSeparated(List<String> lines, int from) {
        boolean blankBetween = false, multiLine = false;
        boolean seenText = false, gap = false;
        int run = 0;
        for (int k = from; k < lines.size(); k++) {
            if (blank(lines.get(k))) {
                gap = seenText;
                run = 0;
            } else {
                if (gap) blankBetween = true;
                seenText = true;
                if (++run > 1) multiLine = true;
            }
        }
        return blankBetween && multiLine;
    }

    static boolean blank(String line) {
        for (int i = 0; i < line.length(); i++) if (!CleanupChars.isSpace(line.charAt(i))) return false;
        return true;
    }
}
