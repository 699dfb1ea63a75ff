package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.font.FontFace;
import paiban.layout.GlyphRun;
import paiban.layout.GlyphRun.Orientation;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;

/**
 * Vertical text (竖排) as the flow sees it: a vertical frame is set as a horizontal one on the page
 * turned 90°, so the same breaker, prohibitions, compression, justification, copyfit and jump lines
 * apply, and its lines are then turned back onto the page as columns running right to left.
 *
 * <p>In the turned space u (along a line) is the page's y, and v (across lines, the grid's direction)
 * runs leftwards from the right edge of the type area: v = A − x with A = the type area's right edge
 * plus the top margin, so grid line g of the template (top at marginTop + g·pitch) is the column whose
 * right edge is g pitches left of the type area's right edge: the page grid turned 90°.
 */
final class VerticalFrames {
    private VerticalFrames() {}

    static boolean vertical(Frame f) {
        return f instanceof TextFrame t && t.writingMode().vertical()
                || f instanceof HeadlineFrame h && h.writingMode().vertical();
    }

    private static int axisOrigin(PageTemplate t) {
        return t.marginLeft() + t.typeWidth() + t.marginTop();
    }

    /** A page rectangle in the turned space. */
    static Rect turned(PageTemplate t, Rect r) {
        return new Rect(r.y(), axisOrigin(t) - r.right(), r.height(), r.width());
    }

    /** A rectangle of the turned space back on the page. */
    static Rect onPage(PageTemplate t, Rect v) {
        return new Rect(axisOrigin(t) - v.bottom(), v.x(), v.height(), v.width());
    }

    static List<Rect> onPage(PageTemplate t, List<Rect> rects) {
        List<Rect> out = new ArrayList<>(rects.size());
        for (Rect r : rects) out.add(onPage(t, r));
        return out;
    }

    /** The horizontal frame the flow sets in place of vertical {@code f}; {@code f} itself when horizontal. */
    static Frame turned(PageTemplate t, Frame f) {
        if (f instanceof TextFrame tf && tf.writingMode().vertical()) {
            return tf.withBounds(turned(t, tf.bounds())).withWritingMode(WritingMode.HORIZONTAL);
        }
        if (f instanceof HeadlineFrame h && h.writingMode().vertical()) {
            return h.withBounds(turned(t, h.bounds())).withWritingMode(WritingMode.HORIZONTAL);
        }
        return f;
    }

    /**
     * Marks set in the turned space, on the page: lines become vertical lines, numbers of up to
     * {@code uprightDigits.applyAsInt(paragraph)} digits upright in one cell.
     */
    static List<Mark> marksOnPage(PageTemplate t, List<Mark> marks, java.util.function.IntUnaryOperator uprightDigits) {
        List<Mark> out = new ArrayList<>(marks.size());
        for (Mark m : marks) {
            out.add(m instanceof LineBox b && !b.vertical() ? column(t, b, uprightDigits.applyAsInt(b.paragraph())) : m);
        }
        return out;
    }

    /**
     * A line set in the turned space as a column on the page: its axis is the centre of the em box of
     * its largest type, its runs split where glyphs stand differently (upright ideographs and
     * punctuation in their vertical forms, turned Latin, 纵中横 digits).
     */
    static LineBox column(PageTemplate t, LineBox b, int uprightDigits) {
        int size = 0;
        for (GlyphRun r : b.runs()) size = Math.max(size, r.size());
        int centre = Baseline.emTop(b.baseline(), size) + size / 2;
        List<GlyphRun> runs = new ArrayList<>();
        for (GlyphRun r : b.runs()) split(r, runs, uprightDigits);
        return new LineBox(b.x(), axisOrigin(t) - centre, b.width(), runs, b.storyId(), b.paragraph(), b.start(),
                b.end(), true);
    }

    /** Dashes and ellipses without a vertical form are turned with the Latin. */
    private static final String TURNED_PUNCTUATION = "—―…‥～〜－＿";

    static boolean latin(int cp) {
        return cp < 0x2000 && cp != 0xB7 && cp != 0xD7 && cp != 0xF7;
    }

    private static void split(GlyphRun r, List<GlyphRun> out, int uprightDigits) {
        int n = r.length();
        int[] cps = r.text().codePoints().toArray();
        Orientation[] o = new Orientation[n];
        int[] glyphs = r.glyphs().clone();
        FontFace face = r.face();
        for (int i = 0; i < n; ) {
            if (!latin(cps[i])) {
                int form = face.verticalForm(glyphs[i]);
                if (form == glyphs[i] && TURNED_PUNCTUATION.indexOf(cps[i]) >= 0) {
                    o[i] = Orientation.ROTATED;
                } else {
                    glyphs[i] = form;
                    o[i] = Orientation.UPRIGHT;
                }
                i++;
                continue;
            }
            int j = i;
            boolean digits = true, alnum = true;
            while (j < n && latin(cps[j])) {
                digits &= cps[j] >= '0' && cps[j] <= '9';
                alnum &= Character.isLetterOrDigit(cps[j]);
                j++;
            }
            int len = j - i;
            Orientation k = digits && len >= 2 && len <= uprightDigits || alnum && len == 1 ? Orientation.COMBINED : Orientation.ROTATED;
            for (int q = i; q < j; q++) o[q] = k;
            i = j;
        }
        int[] offsets = new int[n + 1];
        for (int i = 0, off = 0; i < n; i++) {
            offsets[i] = off;
            off += Character.charCount(cps[i]);
        }
        offsets[n] = r.text().length();
        int from = 0;
        for (int i = 1; i <= n; i++) {
            // each 纵中横 group is a run of its own (groups are never neighbours: non-Latin text parts them)
            if (i == n || o[i] != o[from]) {
                out.add(new GlyphRun(face, r.size(), r.color(), java.util.Arrays.copyOfRange(glyphs, from, i),
                        java.util.Arrays.copyOfRange(r.xs(), from, i), java.util.Arrays.copyOfRange(r.advances(), from, i),
                        r.text().substring(offsets[from], offsets[i]), java.util.Arrays.copyOfRange(r.sources(), from, i),
                        r.horizontalScale(), r.verticalScale(),
                        o[from], r.emphasisDots()));
                from = i;
            }
        }
    }
}
