package paiban.layout;

import java.util.List;

import paiban.model.style.Cmyk;

/**
 * A vector path in page millipoints: the 花边 patterns, rounded boxes and their
 * fills. Filled with {@code fill} (non-zero winding) and/or stroked with
 * {@code stroke} at {@code weight} in {@code style}; both renderers draw the same
 * segments, so screen and PDF show one geometry.
 */
public record PathMark(List<Segment> segments, Cmyk fill, Cmyk stroke, int weight, StrokeStyle style) implements Mark {
    public PathMark {
        segments = List.copyOf(segments);
        if (style == null) style = StrokeStyle.SOLID;
    }

    /** The rectangle around every point of the path (control points too), millipoints. */
    public paiban.model.Rect bounds() {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = Integer.MIN_VALUE, y1 = Integer.MIN_VALUE;
        for (Segment s : segments) {
            int[] xy = s instanceof Move m ? new int[] {m.x(), m.y()}
                    : s instanceof Line l ? new int[] {l.x(), l.y()}
                    : s instanceof Curve c ? new int[] {c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y()}
                    : new int[0];
            for (int i = 0; i < xy.length; i += 2) {
                x0 = Math.min(x0, xy[i]);
                x1 = Math.max(x1, xy[i]);
                y0 = Math.min(y0, xy[i + 1]);
                y1 = Math.max(y1, xy[i + 1]);
            }
        }
        return x0 > x1 ? new paiban.model.Rect(0, 0, 0, 0) : new paiban.model.Rect(x0, y0, x1 - x0, y1 - y0);
    }

    /** One step of a path: move, line, cubic curve or close, each to an end point in millipoints. */
    public sealed interface Segment permits Move, Line, Curve, Close {}

    public record Move(int x, int y) implements Segment {}

    public record Line(int x, int y) implements Segment {}

    /** A cubic Bézier from the current point through controls (x1, y1), (x2, y2) to (x, y). */
    public record Curve(int x1, int y1, int x2, int y2, int x, int y) implements Segment {}

    public record Close() implements Segment {}
}
