package paiban.compose.line;

import static paiban.compose.text.BreakOpportunities.ALLOWED;
import static paiban.compose.text.BreakOpportunities.CLUSTER;
import static paiban.compose.text.BreakOpportunities.PROHIBITED;

import paiban.compose.text.CharClass;

/**
 * The letter-spacing of a justified line: what the justifier adds at each
 * boundary once word spaces and Han–Latin gaps have taken their share, and
 * the limit above which a line counts as loose (字距过松). The line breaker
 * tries pushing in before it sets a line that loose; a line still over it
 * is reported ({@link ComposedLine#loose()}, counted in the story's copyfit
 * and by preflight).
 */
public final class LetterSpacing {
    /** A line is loose when each boundary gets more than this share of an em: 0.2 字. */
    public static final double LIMIT_EM = 0.2;

    private LetterSpacing() {}

    /** The limit for type of {@code size} millipoints. */
    public static int limit(int size) {
        return (int) Math.round(LIMIT_EM * size);
    }

    /**
     * Millipoints added at each boundary when line [s, b) is spread to {@code available},
     * as {@link Justifier} does it; 0 when it needs no spreading or has no boundary.
     */
    static long of(ParagraphText t, int s, int b, long available) {
        long extra = available - t.natural(s, b);
        if (extra <= 0 || b - s < 2) return 0;
        int e = b;
        while (e > s + 1 && t.cls[e - 1] == CharClass.SPACE) e--;
        long grow = 0;
        int allowed = 0, prohibited = 0, clusters = 0;
        int half = t.size / 2;
        for (int i = s + 1; i < b; i++) {
            if (t.gap[i] > 0) grow += half - t.gap[i];
            if (i < e && t.cls[i] == CharClass.SPACE) grow += Math.max(0, half - t.adv[i]);
            if (i >= e) continue;
            byte k = t.breaks[i];
            if (k == ALLOWED) allowed++;
            else if (k == PROHIBITED) prohibited++;
            else if (k == CLUSTER) clusters++;
        }
        extra -= grow;
        if (extra <= 0) return 0;
        int count = allowed > 0 ? allowed : prohibited > 0 ? allowed + prohibited : allowed + prohibited + clusters;
        return count == 0 ? 0 : extra / count;
    }

    /** Line [s, b) spread to {@code available} would be loose. */
    static boolean loose(ParagraphText t, int s, int b, long available) {
        return of(t, s, b, available) > limit(t.size);
    }
}
