package paiban.compose.line;

import static paiban.compose.text.BreakOpportunities.ALLOWED;
import static paiban.compose.text.BreakOpportunities.CLUSTER;

import paiban.compose.text.CharClass;

/**
 * Chooses where one line ends, in clreq's order:
 * <ol>
 * <li>fill with natural widths (adjacent marks and the line-end mark already
 *     compressed) up to the last character that fits;</li>
 * <li>if a break may come there, that is the line (mid-line punctuation keeps its full
 *     width), unless the next unit fits by shrinking less than this line would have to
 *     spread;</li>
 * <li>push in (挤进): otherwise, if the next break opportunity (after the prohibited
 *     character or the rest of the word) can be reached by shrinking gaps and punctuation,
 *     take it; also when the break at the fit would letter-space the line past
 *     {@link LetterSpacing#LIMIT_EM};</li>
 * <li>push out (推出): otherwise go back to the last break opportunity that fits
 *     (the justifier spreads the rest);</li>
 * <li>when no opportunity fits (a measure narrower than a word, a number, ——), break
 *     at a prohibited boundary, then inside the cluster, and always take at least one
 *     character so the flow never loops;</li>
 * <li>孤字: if what remains would make a last line of one character, take it in when the
 *     line can shrink to hold it, else end this line at the opportunity before, assuming
 *     the next line has the same measure.</li>
 * </ol>
 * A line or paragraph separator (U+2028, U+2029, a line feed) inside the paragraph
 * ends its line; the text up to it is broken as if the paragraph ended there.
 */
final class LineBreaker {
    private LineBreaker() {}

    /**
     * End (exclusive code point index) of the line that starts at {@code s}.
     *
     * @param available room for this line's characters (the measure less any indent)
     * @param nextMeasure the measure assumed for the following line
     */
    static int lineEnd(ParagraphText t, int s, long available, long nextMeasure) {
        int n = t.stretchEnd(s);
        int p = s;
        // natural(s, p + 1) <= available, with what does not change along the line taken out: the
        // prefix sum alone decides while it is within the limit (the line-end cut only narrows)
        long[] sum = t.naturalSum;
        long limit = available + sum[s] + t.gap[s] + t.track(s) + PunctuationCompressor.startCut(t, s);
        while (p < n && (sum[p + 1] <= limit || sum[p + 1] - PunctuationCompressor.endCut(t, p) <= limit)) p++;
        if (p == n) return n;
        byte[] breaks = t.breaks;
        int q = t.nextAllowed[p + 1];
        if (p > s && breaks[p] == ALLOWED) {
            // a break may come at the fit: take it, unless the next unit goes in with less shrinking
            // than this line would need spreading (a long word or number that would leave a hole)
            long over = t.natural(s, q) - available;
            long under = available - t.natural(s, p);
            // a line that would be letter-spaced past the limit takes the next unit in if it can shrink to it
            boolean pushIn = over <= t.shrinkable(s, q) && (over < under
                    || under > LetterSpacing.limit(t.size) && LetterSpacing.loose(t, s, p, available));
            return avoidLoneLast(t, s, pushIn ? q : p, n, available, nextMeasure);
        }
        // the character after the fit may not start a line, or the fit ends inside a word
        int end;
        if (t.natural(s, q) - t.shrinkable(s, q) <= available) {
            end = q;
        } else {
            int r = p;
            while (r > s && breaks[r] != ALLOWED) r--;
            if (r > s) {
                end = r;
            } else {
                r = p;
                while (r > s && breaks[r] == CLUSTER) r--;
                end = r > s ? r : Math.max(p, s + 1);
            }
        }
        return avoidLoneLast(t, s, end, n, available, nextMeasure);
    }

    /** @param n end of the stretch the line is in (the paragraph's end, or just after a separator) */
    private static int avoidLoneLast(ParagraphText t, int s, int end, int n, long available, long nextMeasure) {
        if (end >= n || !isLone(t, end, n)) return end;
        // the lone character comes up when the line can shrink to hold it (push in), rather than
        // sending more down and spacing this line out
        if (t.natural(s, n) - t.shrinkable(s, n) <= available) return n;
        if (t.natural(end, n) - t.shrinkable(end, n) > nextMeasure) return end;
        // the first opportunity back that leaves at least two characters below (!” alone counts as lone too)
        int r = end - 1;
        while (r > s && (t.breaks[r] != ALLOWED || isLone(t, r, n))) r--;
        if (r <= s) return end;
        if (t.natural(r, n) - t.shrinkable(r, n) > nextMeasure) return end;
        return r;
    }

    /** The rest [from, n) holds at most one character that is not punctuation or space. */
    static boolean isLone(ParagraphText t, int from, int n) {
        if (n == t.n) return from >= t.loneFrom;
        // a stretch ended by a line separator: short (a headline's line), so counted here
        int count = 0;
        for (int i = from; i < n; i++) {
            if (!trailsLikePunctuation(t.cls[i]) && ++count > 1) return false;
        }
        return true;
    }

    /**
     * The first index from which the rest holds at most one character that is
     * not punctuation or space: one after the second-to-last such character.
     * Found once per paragraph, so asking at every line stays linear.
     */
    static int loneFrom(ParagraphText t) {
        int count = 0;
        for (int i = t.n - 1; i >= 0; i--) {
            if (!trailsLikePunctuation(t.cls[i]) && ++count > 1) return i + 1;
        }
        return 0;
    }

    private static boolean trailsLikePunctuation(byte c) {
        return c == CharClass.STOP || c == CharClass.EXCL || c == CharClass.CLOSE || c == CharClass.W_CLOSE
                || c == CharClass.SPACE || c == CharClass.NBSP || c == CharClass.COMBINING;
    }
}
