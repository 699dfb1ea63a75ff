package paiban.compose.line;

import static paiban.compose.text.BreakOpportunities.ALLOWED;
import static paiban.compose.text.BreakOpportunities.CLUSTER;
import static paiban.compose.text.BreakOpportunities.PROHIBITED;

import paiban.compose.text.CharClass;
import paiban.model.style.Alignment;

/**
 * Places the characters of one chosen line, adjusting it to the measure in
 * the priority order proposed for clreq's line adjustment (after jlreq §3.8):
 * <ul>
 * <li>shrinking, each step exhausted before the next: interpuncts (both sides), brackets
 *     and quotes, pause marks ，、；：, stops 。？！ (each to half width), then the
 *     Han–Latin gaps (¼ em down to ⅛ em); a line-end mark is already half width;</li>
 * <li>expanding: word spaces between Latin words (up to ½ em), Han–Latin gaps (up to
 *     ½ em), then evenly at every boundary where a line may break (never between a mark and
 *     the text it belongs to, nor inside a word, a number, —— or ……),
 *     the remainder one millipoint at a time from the left, so a justified line ends
 *     exactly at the measure.</li>
 * </ul>
 * Within a step the amount is shared in proportion to each place's room.
 * Writes glyph x and advance per character into {@code xs} and {@code advances}
 * (indexed like the paragraph's code points).
 */
final class Justifier {
    private static final int SHRINK_MIDDLE = 0, SHRINK_BRACKET = 1, SHRINK_PAUSE = 2, SHRINK_STOP = 3,
            SHRINK_GAP = 4, GROW_SPACE = 5, GROW_GAP = 6;
    private static final int[] SHRINK_ORDER = {SHRINK_MIDDLE, SHRINK_BRACKET, SHRINK_PAUSE, SHRINK_STOP, SHRINK_GAP};

    private Justifier() {}

    /**
     * @param offset    left edge of the line's room (the first-line indent)
     * @param available room for the characters
     * @param justify   spread the line to the full room
     * @param gaps      scratch of at least n ints: space added before each character
     * @return what spreading added at each boundary (the line's letter-spacing), 0 if nothing
     */
    static int place(ParagraphText t, int s, int b, int offset, int available, Alignment alignment,
                      boolean justify, int[] xs, int[] advances, int[] gaps) {
        Line line = new Line(t, s, b, advances, gaps);
        long width = t.natural(s, b);
        if (width > available) {
            long[] room = line.shrinkRoom();
            for (int step : SHRINK_ORDER) {
                if (width <= available) break;
                width -= line.adjust(step, width - available, room[step]);
            }
        }
        if (justify && width < available) {
            // a step with no place to grow gives nothing: skipped without looking at every character
            if (line.spaces) width += line.adjust(GROW_SPACE, available - width, line.total(GROW_SPACE));
            if (line.gapped) width += line.adjust(GROW_GAP, available - width, line.total(GROW_GAP));
            width += line.spreadEvenly(available - width);
        }
        int spacing = line.spacing;
        long x = offset;
        long room = available - width;
        if (room > 0 && alignment == Alignment.CENTER) x += room / 2;
        else if (room > 0 && alignment == Alignment.RIGHT) x += room;
        for (int i = s; i < b; i++) {
            x += gaps[i];
            int reduction = Math.max(0, t.adv[i] - advances[i]);
            xs[i] = (int) (x - PunctuationCompressor.leftPart(t, i, reduction));
            x += advances[i];
        }
        return spacing;
    }

    /** One line's boxes and gaps while they are being adjusted. */
    private static final class Line {
        final ParagraphText t;
        final int s, b;
        /** End of the line without its trailing spaces. */
        final int e;
        final int startCut, endCut;
        final int[] box, gaps;
        /** Added at each boundary by {@link #spreadEvenly}. */
        int spacing;
        /** A word space inside the line (before its trailing spaces): {@link #GROW_SPACE} has room. */
        final boolean spaces;
        /** A Han–Latin gap after the line's first character: {@link #GROW_GAP} has room. */
        final boolean gapped;
        /** Boundaries inside the line (before its trailing spaces) where it may break. */
        final int allowed;

        Line(ParagraphText t, int s, int b, int[] box, int[] gaps) {
            this.t = t;
            this.s = s;
            this.b = b;
            this.box = box;
            this.gaps = gaps;
            int end = b;
            byte[] cls = t.cls;
            while (end > s + 1 && cls[end - 1] == CharClass.SPACE) end--;
            e = end;
            int[] adv = t.adv, cut = t.adjacentCut, gap = t.gap;
            byte[] breaks = t.breaks;
            boolean anySpace = false;
            int anyGap = 0, nAllowed = 0;
            box[s] = adv[s] - cut[s];
            gaps[s] = 0;
            for (int i = s + 1; i < b; i++) {
                box[i] = adv[i] - cut[i];
                gaps[i] = gap[i];
                anyGap |= gap[i];
                if (i < end) {
                    if (cls[i] == CharClass.SPACE) anySpace = true;
                    if (breaks[i] == ALLOWED) nAllowed++;
                }
            }
            if (t.tracked()) {
                for (int i = s + 1; i < b; i++) gaps[i] += t.track(i);
            }
            spaces = anySpace;
            gapped = anyGap > 0;
            allowed = nAllowed;
            startCut = PunctuationCompressor.startCut(t, s);
            endCut = PunctuationCompressor.endCut(t, b - 1);
            box[s] -= startCut;
            box[b - 1] -= endCut;
        }

        /** What the places of one step can give or take in all. */
        long total(int step) {
            long total = 0;
            for (int i = s; i < b; i++) total += room(step, i);
            return total;
        }

        /**
         * {@link #total} of every shrinking step in one pass (indexed by step): a line that must
         * shrink looks at each character once, and a step with nothing to give is skipped.
         */
        long[] shrinkRoom() {
            long[] room = new long[SHRINK_GAP + 1];
            for (int i = s; i < b; i++) {
                int step = markStep(i);
                if (step >= 0) room[step] += t.squeeze[i];
                if (i > s) room[SHRINK_GAP] += t.gap[i] / 2;
            }
            return room;
        }

        /**
         * Takes up to {@code need} from (or gives it to) the places of one step, {@code total}
         * being their {@link #total}; returns the amount.
         */
        long adjust(int step, long need, long total) {
            long amount = Math.min(need, total);
            if (amount <= 0) return 0;
            long cum = 0, done = 0;
            for (int i = s; i < b; i++) {
                int r = room(step, i);
                if (r == 0) continue;
                cum += r;
                long upto = cum * amount / total;
                int share = (int) (upto - done);
                done = upto;
                switch (step) {
                    case SHRINK_GAP -> gaps[i] -= share;
                    case GROW_GAP -> gaps[i] += share;
                    case GROW_SPACE -> box[i] += share;
                    default -> box[i] -= share;
                }
            }
            return amount;
        }

        private int room(int step, int i) {
            switch (step) {
                case SHRINK_GAP:
                    return i > s ? t.gap[i] / 2 : 0;
                case GROW_GAP:
                    return i > s && t.gap[i] > 0 ? t.size / 2 - t.gap[i] : 0;
                case GROW_SPACE:
                    return i < e && i > s && t.cls[i] == CharClass.SPACE ? Math.max(0, t.size / 2 - t.adv[i]) : 0;
                default:
                    return markStep(i) == step ? t.squeeze[i] : 0;
            }
        }

        /** Shrinking step of a mark with a blank still to give, or -1. */
        private int markStep(int i) {
            if (t.squeeze[i] == 0 || t.adjacentCut[i] != 0) return -1;
            if (i == s && startCut > 0) return -1;
            if (i == b - 1) return -1; // the last glyph must end where its box ends
            switch (t.cls[i]) {
                case CharClass.MIDDLE:
                    return SHRINK_MIDDLE;
                case CharClass.OPEN:
                case CharClass.CLOSE:
                    return SHRINK_BRACKET;
                case CharClass.EXCL:
                    return SHRINK_STOP;
                case CharClass.STOP:
                    return isFullStop(t.cps[i]) ? SHRINK_STOP : SHRINK_PAUSE;
                default:
                    return -1;
            }
        }

        private static boolean isFullStop(int cp) {
            return cp == '。' || cp == '．' || cp == '｡' || cp == '﹒';
        }

        /**
         * The rest, evenly at every boundary where a line may break, so marks stay on their
         * text (“中 and ”。 get nothing); a line without such a boundary spreads at the
         * prohibited ones, one that is a single unsplittable unit is letter-spaced, and a
         * single glyph takes the room.
         */
        long spreadEvenly(long extra) {
            if (extra <= 0) return 0;
            byte strength = ALLOWED;
            int count = allowed;
            if (count == 0) count = count(strength = PROHIBITED);
            if (count == 0) count = count(strength = CLUSTER);
            if (count == 0) {
                box[b - 1] += (int) extra;
                return extra;
            }
            int each = (int) (extra / count);
            int remainder = (int) (extra % count);
            spacing = each;
            for (int i = s + 1; i < e; i++) {
                if (t.breaks[i] < strength) continue;
                gaps[i] += each;
                if (remainder > 0) {
                    gaps[i]++;
                    remainder--;
                }
            }
            return extra;
        }

        /** Boundaries inside the line (before its trailing spaces) at least as strong as {@code strength}. */
        private int count(byte strength) {
            int count = 0;
            for (int i = s + 1; i < e; i++) if (t.breaks[i] >= strength) count++;
            return count;
        }
    }
}
