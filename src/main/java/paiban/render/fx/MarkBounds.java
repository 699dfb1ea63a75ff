package paiban.render.fx;

import java.util.Arrays;
import java.util.Objects;

import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PathMark;
import paiban.layout.PlacedPdfMark;
import paiban.layout.RuleMark;
import paiban.model.Rect;

/**
 * What {@link FxPainter} needs to repaint only part of a page: the pixels a mark can touch
 * (generously: every glyph's ink, emphasis dots, missing-glyph boxes, caps, joins and dashes
 * fall inside) and whether two marks draw the same pixels (a line's glyph arrays compared by
 * content, since a recomposed but unchanged line is a new object).
 */
public final class MarkBounds {
    /** Slack in pixels around every bound: anti-aliased edges reach half a pixel or so further. */
    private static final double SLACK = 2;

    private MarkBounds() {}

    /** {minX, minY, maxX, maxY} in canvas pixels of what {@code m} may paint. */
    public static double[] of(Mark m, ScreenTransform at) {
        if (m instanceof LineBox line) return line(line, at);
        if (m instanceof RuleMark r) {
            double w = Math.max(0.5, at.length(r.weight())) + SLACK;
            return new double[] {Math.min(at.x(r.x1()), at.x(r.x2())) - w, Math.min(at.y(r.y1()), at.y(r.y2())) - w,
                    Math.max(at.x(r.x1()), at.x(r.x2())) + w, Math.max(at.y(r.y1()), at.y(r.y2())) + w};
        }
        if (m instanceof BoxMark b) return rect(b.rect(), at, Math.max(0.5, at.length(b.weight())) + SLACK);
        if (m instanceof ImageMark i) return rect(i.clip(), at, SLACK);
        if (m instanceof PlacedPdfMark p) return rect(p.frame(), at, SLACK);
        if (m instanceof PathMark p) {
            double minX = Double.POSITIVE_INFINITY, minY = minX, maxX = Double.NEGATIVE_INFINITY, maxY = maxX;
            for (PathMark.Segment s : p.segments()) {
                int[] xy = s instanceof PathMark.Move v ? new int[] {v.x(), v.y()}
                        : s instanceof PathMark.Line v ? new int[] {v.x(), v.y()}
                        : s instanceof PathMark.Curve c ? new int[] {c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y()}
                        : new int[0];
                for (int k = 0; k < xy.length; k += 2) {
                    minX = Math.min(minX, at.x(xy[k]));
                    maxX = Math.max(maxX, at.x(xy[k]));
                    minY = Math.min(minY, at.y(xy[k + 1]));
                    maxY = Math.max(maxY, at.y(xy[k + 1]));
                }
            }
            if (minX > maxX) return new double[] {0, 0, 0, 0};
            // mitred joins reach up to ten half-widths beyond a corner
            double w = 10 * Math.max(0.5, at.length(p.weight())) + SLACK;
            return new double[] {minX - w, minY - w, maxX + w, maxY + w};
        }
        return null;
    }

    private static double[] rect(Rect r, ScreenTransform at, double grow) {
        return new double[] {at.x(r.x()) - grow, at.y(r.y()) - grow, at.x(r.right()) + grow, at.y(r.bottom()) + grow};
    }

    private static double[] line(LineBox line, ScreenTransform at) {
        int size = 0, scale = 100, from = 0, to = line.width();
        for (GlyphRun r : line.runs()) {
            size = Math.max(size, r.size());
            scale = Math.max(scale, Math.max(r.verticalScale(), r.horizontalScale()));
            if (r.length() > 0) {
                from = Math.min(from, r.xs()[0]);
                to = Math.max(to, r.end());
            }
        }
        double em = at.length(size) * scale / 100.0;
        if (line.vertical()) {
            double axis = at.x(line.baseline());
            return new double[] {axis - 1.5 * em - SLACK, at.y(line.x() + from) - em - SLACK,
                    axis + 1.5 * em + SLACK, at.y(line.x() + to) + em + SLACK};
        }
        double base = at.y(line.baseline());
        return new double[] {at.x(line.x() + from) - em - SLACK, base - 1.5 * em - SLACK,
                at.x(line.x() + to) + em + SLACK, base + em + SLACK};
    }

    /** True when {@code a} and {@code b} paint the same pixels. */
    public static boolean sameDrawing(Mark a, Mark b) {
        if (a == b) return true;
        if (a instanceof LineBox x && b instanceof LineBox y) {
            if (x.x() != y.x() || x.baseline() != y.baseline() || x.width() != y.width() || x.vertical() != y.vertical()
                    || x.runs().size() != y.runs().size()) return false;
            for (int i = 0; i < x.runs().size(); i++) if (!sameRun(x.runs().get(i), y.runs().get(i))) return false;
            return true;
        }
        return !(a instanceof LineBox) && !(b instanceof LineBox) && a.equals(b);
    }

    /** A hash agreeing with {@link #sameDrawing}. */
    public static int drawingHash(Mark m) {
        if (!(m instanceof LineBox line)) return m.hashCode();
        int h = Objects.hash(line.x(), line.baseline(), line.width(), line.vertical());
        for (GlyphRun r : line.runs()) {
            h = 31 * h + System.identityHashCode(r.face()) + r.size();
            h = 31 * h + Arrays.hashCode(r.glyphs());
            h = 31 * h + Arrays.hashCode(r.xs());
        }
        return h;
    }

    private static boolean sameRun(GlyphRun a, GlyphRun b) {
        return a == b || (a.face() == b.face() && a.size() == b.size() && Objects.equals(a.color(), b.color())
                && a.horizontalScale() == b.horizontalScale() && a.verticalScale() == b.verticalScale()
                && a.orientation() == b.orientation() && a.emphasisDots() == b.emphasisDots()
                && Arrays.equals(a.glyphs(), b.glyphs()) && Arrays.equals(a.xs(), b.xs())
                && Arrays.equals(a.advances(), b.advances()) && a.text().equals(b.text()));
    }
}
