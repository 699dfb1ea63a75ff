package paiban.compose.line;

import static paiban.compose.text.BreakOpportunities.CLUSTER;

import paiban.compose.text.CharClass;
import paiban.model.style.Alignment;

/**
 * Places the characters of one chosen line: shrinks when the line is over
 * (Han–Latin gaps to an eighth em first, then punctuation blanks to half
 * width, each spread in proportion), expands when it is under (evenly between
 * characters, never inside a word, number, —— or ……; the remainder one
 * millipoint at a time from the left, so a justified line ends exactly at the
 * measure), then aligns. Writes glyph x and advance per character into
 * {@code xs} and {@code advances} (indexed like the paragraph's code points).
 */
final class Justifier {
    private Justifier() {}

    /**
     * @param offset   left edge of the line's room (the first-line indent)
     * @param available room for the characters
     * @param justify  spread the line to the full room
     * @param work     scratch of at least n ints (gap used before each character)
     */
    static void place(ParagraphText t, int s, int b, int offset, int available, Alignment alignment,
                      boolean justify, int[] xs, int[] advances, int[] work) {
        int[] box = advances;
        int[] gaps = work;
        for (int i = s; i < b; i++) {
            box[i] = t.adv[i] - t.adjacentCut[i];
            gaps[i] = i == s ? 0 : t.gap[i];
        }
        int startCut = PunctuationCompressor.startCut(t, s);
        int endCut = PunctuationCompressor.endCut(t, b - 1);
        box[s] -= startCut;
        box[b - 1] -= endCut;
        long width = t.natural(s, b);

        if (width > available) width -= shrink(t, s, b, width - available, startCut, endCut, box, gaps);

        int e = b;
        while (e > s + 1 && t.cls[e - 1] == CharClass.SPACE) e--;
        long extra = available - width;
        int each = 0, remainder = 0;
        boolean clustersOnly = true;
        if (justify && extra > 0) {
            int count = 0;
            for (int i = s + 1; i < e; i++) if (t.breaks[i] != CLUSTER) count++;
            if (count == 0) {
                clustersOnly = false; // one unsplittable unit on the line: letter-space it rather than leave a hole
                count = e - s - 1;
            }
            if (count > 0) {
                each = (int) (extra / count);
                remainder = (int) (extra % count);
                width = available;
            }
        }

        long x = offset;
        if (!justify || each == 0 && remainder == 0) {
            long room = available - width;
            if (room > 0 && alignment == Alignment.CENTER) x += room / 2;
            else if (room > 0 && alignment == Alignment.RIGHT) x += room;
        }
        if (justify && extra > 0 && each == 0 && remainder == 0) {
            // a lone glyph between hard breaks cannot be spread: it occupies the whole line instead
            box[b - 1] += (int) extra;
            width = available;
        }
        for (int i = s; i < b; i++) {
            if (i > s) {
                x += gaps[i];
                if (i < e && (each | remainder) != 0 && (!clustersOnly || t.breaks[i] != CLUSTER)) {
                    x += each;
                    if (remainder > 0) {
                        x++;
                        remainder--;
                    }
                }
            }
            int reduction = Math.max(0, t.adv[i] - box[i]);
            xs[i] = (int) (x - PunctuationCompressor.leftPart(t, i, reduction));
            x += box[i];
        }
    }

    /** Shrinks by up to {@code need}; returns what it took. */
    private static long shrink(ParagraphText t, int s, int b, long need, int startCut, int endCut,
                               int[] box, int[] gaps) {
        long gapRoom = 0;
        for (int i = s + 1; i < b; i++) gapRoom += t.gap[i] / 2;
        long fromGaps = Math.min(need, gapRoom);
        if (fromGaps > 0) {
            long cum = 0, taken = 0;
            for (int i = s + 1; i < b; i++) {
                int room = t.gap[i] / 2;
                if (room == 0) continue;
                cum += room;
                long upto = cum * fromGaps / gapRoom;
                gaps[i] -= (int) (upto - taken);
                taken = upto;
            }
        }
        long rest = need - fromGaps;
        if (rest <= 0) return fromGaps;
        long markRoom = 0;
        for (int i = s; i < b; i++) markRoom += markRoom(t, s, b, i, startCut, endCut);
        long fromMarks = Math.min(rest, markRoom);
        if (fromMarks > 0) {
            long cum = 0, taken = 0;
            for (int i = s; i < b; i++) {
                int room = markRoom(t, s, b, i, startCut, endCut);
                if (room == 0) continue;
                cum += room;
                long upto = cum * fromMarks / markRoom;
                box[i] -= (int) (upto - taken);
                taken = upto;
            }
        }
        return fromGaps + fromMarks;
    }

    private static int markRoom(ParagraphText t, int s, int b, int i, int startCut, int endCut) {
        if (t.squeeze[i] == 0 || t.adjacentCut[i] != 0) return 0;
        if (i == s && startCut > 0) return 0;
        if (i == b - 1 && endCut > 0) return 0;
        return t.squeeze[i];
    }
}
