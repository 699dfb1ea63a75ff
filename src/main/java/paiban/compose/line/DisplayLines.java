package paiban.compose.line;

import static paiban.compose.text.BreakOpportunities.ALLOWED;

import java.util.ArrayList;
import java.util.List;

import paiban.compose.text.CharClass;
import paiban.model.story.Paragraph;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * Lines of display type (a headline that needs more than one line): as many
 * lines as the measure needs, but broken so they are about equally long and
 * fall between phrases, the way a 美编 breaks a two-line 主题 — never
 * 「地区生产总值同比增长 / 5.6%」 or 「4 / 月28日」. A break after punctuation
 * or at a space costs nothing, between Han and a number or word little,
 * between two Han characters (possibly inside a word) much, between a number
 * and the unit or measure word after it most. Each line is reported at the
 * full measure, so the aligner centres it across the frame.
 */
public final class DisplayLines {
    /** Penalties in em², comparable with the squared deviation from the mean line length in em. */
    private static final double FREE = 0, SCRIPT = 1, AFTER_WORD = 3, INSIDE_HAN = 12, NUMBER_UNIT = 40;

    /** Balancing looks at every pair of break opportunities: beyond this, plain breaks. */
    static final int MAX_CHARACTERS = 160;

    private DisplayLines() {}

    /** The paragraph's lines at {@code width}, balanced when it takes more than one. */
    public static List<ComposedLine> balanced(ParagraphSetter setter, Paragraph p, ParagraphStyle style, StyleSheet sheet,
                                              int width) {
        ParagraphCursor cursor = (ParagraphCursor) setter.start(p, style, sheet);
        ParagraphText t = cursor.text();
        List<ComposedLine> lines = new ArrayList<>();
        while (cursor.hasNext()) lines.add(cursor.next(width));
        // display type is a line or three; a long paragraph styled as a headline keeps the plain breaks,
        // and a headline broken by hand (a line separator) keeps the desk's breaks
        if (lines.size() < 2 || t.n > MAX_CHARACTERS || t.stretchEnd(0) < t.n) return lines;
        int sides = cursor.sides(width);
        int[] ends = breaks(t, lines.size(), width - sides, cursor.indent());
        if (ends == null) return lines;
        int indent = cursor.indent() + sides;
        cursor.rewind(0);
        List<ComposedLine> out = new ArrayList<>(ends.length);
        int s = 0;
        for (int e : ends) {
            int measure = (int) Math.min(width, t.natural(s, e) + (s == 0 ? indent : 0));
            ComposedLine l = cursor.next(measure);
            if (l.end() != t.src[e]) return lines; // the breaker would not end the line there: keep its own breaks
            out.add(new ComposedLine(l.start(), l.end(), width, l.runs(), l.last()));
            s = e;
        }
        return out;
    }

    /** Ends (code point indexes) of {@code k} lines with the least penalty and deviation, or null. */
    static int[] breaks(ParagraphText t, int k, int width, int indent) {
        int n = t.n;
        double em = t.size;
        double mean = (t.natural(0, n) + indent) / em / k;
        double inf = Double.POSITIVE_INFINITY;
        // cost[j][i]: best cost of j lines covering [0, i); from[j][i]: start of the j-th line
        double[][] cost = new double[k + 1][n + 1];
        int[][] from = new int[k + 1][n + 1];
        for (double[] row : cost) java.util.Arrays.fill(row, inf);
        cost[0][0] = 0;
        for (int j = 1; j <= k; j++) {
            for (int e = 1; e <= n; e++) {
                if (e < n && t.breaks[e] != ALLOWED) continue;
                if (j == k && e != n) continue;
                if (j < k && e == n) continue;
                for (int s = 0; s < e; s++) {
                    if (cost[j - 1][s] == inf) continue;
                    long w = t.natural(s, e) + (s == 0 ? indent : 0);
                    if (w > width) continue;
                    if (j == k && e - s < n && LineBreaker.isLone(t, s, n)) continue;
                    double dev = w / em - mean;
                    double c = cost[j - 1][s] + dev * dev + (e < n ? penalty(t, e) : 0);
                    if (c < cost[j][e]) {
                        cost[j][e] = c;
                        from[j][e] = s;
                    }
                }
            }
        }
        if (cost[k][n] == inf) return null;
        int[] ends = new int[k];
        int e = n;
        for (int j = k; j >= 1; j--) {
            ends[j - 1] = e;
            e = from[j][e];
        }
        return ends;
    }

    /** What breaking before character {@code b} costs. */
    private static double penalty(ParagraphText t, int b) {
        byte before = t.cls[b - 1], after = t.cls[b];
        if (before == CharClass.SPACE || before == CharClass.IDEO_SPACE || after == CharClass.SPACE
                || after == CharClass.IDEO_SPACE) return FREE;
        if (before == CharClass.STOP || before == CharClass.EXCL || before == CharClass.CLOSE
                || before == CharClass.W_CLOSE || after == CharClass.OPEN || after == CharClass.W_OPEN) return FREE;
        boolean alnumBefore = CharClass.isAlnum(before) || before == CharClass.POSTFIX;
        boolean alnumAfter = CharClass.isAlnum(after) || after == CharClass.PREFIX;
        if (before == CharClass.DIGIT && after == CharClass.HAN) return NUMBER_UNIT;
        if (alnumBefore && after == CharClass.HAN) return AFTER_WORD;
        if (before == CharClass.HAN && alnumAfter) return SCRIPT;
        if (before == CharClass.HAN && after == CharClass.HAN) return INSIDE_HAN;
        return AFTER_WORD;
    }
}
