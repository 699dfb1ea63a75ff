package paiban.io.imports;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits plain text into paragraphs. Two layouts are recognised: one
 * paragraph a line, and paragraphs separated by blank lines with hard-wrapped
 * lines inside (kept as line breaks in the draft for the join rule). A
 * headline stack of short lines at the top is split line by line first, so
 * that a stack typed without blank lines is not joined into the body.
 */
final class TextParagraphs {
    private TextParagraphs() {}

    static List<Draft> split(String text, boolean recogniseHeadline) {
        List<String> lines = List.of(text.split("\n", -1));
        List<Draft> drafts = new ArrayList<>();
        int i = 0;
        while (i < lines.size() && blank(lines.get(i))) i++;
        if (blankSeparated(lines, i) && recogniseHeadline) {
            // Whole blocks of short lines only: a short first line of a wrapped paragraph is not a headline.
            int j = i;
            List<String> head = new ArrayList<>();
            while (j < lines.size()) {
                int end = j;
                while (end < lines.size() && !blank(lines.get(end))) end++;
                List<String> block = lines.subList(j, end);
                if (!block.stream().allMatch(StructureRecognizer::looksLikeHeadline)) break;
                head.addAll(block);
                j = end;
                while (j < lines.size() && blank(lines.get(j))) j++;
            }
            boolean bodyFollows = j < lines.size();
            if (!head.isEmpty() && head.size() <= StructureRecognizer.HEADLINE_LINES && bodyFollows) {
                for (String h : head) drafts.add(Draft.plain(h));
                i = j;
            }
        }
        if (blankSeparated(lines, i)) {
            StringBuilder block = new StringBuilder();
            for (int k = i; k < lines.size(); k++) {
                if (blank(lines.get(k))) {
                    if (block.length() > 0) drafts.add(Draft.plain(block.toString()));
                    block.setLength(0);
                } else {
                    if (block.length() > 0) block.append('\n');
                    block.append(lines.get(k));
                }
            }
            if (block.length() > 0) drafts.add(Draft.plain(block.toString()));
        } else {
            for (int k = i; k < lines.size(); k++) if (!blank(lines.get(k))) drafts.add(Draft.plain(lines.get(k)));
        }
        return drafts;
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
        for (int i = 0; i < line.length(); i++) if (!CharClass.isSpace(line.charAt(i))) return false;
        return true;
    }
}
