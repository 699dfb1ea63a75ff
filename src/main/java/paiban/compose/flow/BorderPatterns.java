package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.layout.Mark;
import paiban.layout.PathMark;
import paiban.layout.PathMark.Close;
import paiban.layout.PathMark.Curve;
import paiban.layout.PathMark.Line;
import paiban.layout.PathMark.Move;
import paiban.layout.PathMark.Segment;
import paiban.layout.RuleMark;
import paiban.layout.StrokeStyle;
import paiban.model.Rect;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.FrameBorder;
import paiban.model.style.Cmyk;

/**
 * The geometry of the 花边 decorative borders and of rounded boxes, as paths in
 * the layout. A pattern fills a band as wide as the border's weight along each
 * side that is on; its period is stretched so that a whole number of repeats
 * fills the side exactly, so the corners meet. The top and bottom bands run the
 * full width (the corners are theirs); the left and right ones run between them.
 */
final class BorderPatterns {
    /** Bézier control distance for a quarter circle, as a fraction of the radius. */
    private static final double KAPPA = 0.5523;

    private BorderPatterns() {}

    /** A straight band: page point = origin + u·along + v·inward, u along the band, v across it from its outer edge. */
    record Band(int ox, int oy, int ax, int ay, int nx, int ny, int length, int width) {
        int x(double u, double v) { return (int) Math.round(ox + ax * u + nx * v); }

        int y(double u, double v) { return (int) Math.round(oy + ay * u + ny * v); }
    }

    /** The bands of {@code border} on the sides that are on. */
    static List<Band> bands(Rect b, FrameBorder border) {
        int w = border.weight();
        List<Band> out = new ArrayList<>(4);
        int s0 = border.top() ? w : 0, s1 = border.bottom() ? w : 0;
        int vertical = Math.max(0, b.height() - s0 - s1);
        if (border.top()) out.add(new Band(b.x(), b.y(), 1, 0, 0, 1, b.width(), w));
        if (border.right()) out.add(new Band(b.right(), b.y() + s0, 0, 1, -1, 0, vertical, w));
        if (border.bottom()) out.add(new Band(b.x(), b.bottom(), 1, 0, 0, -1, b.width(), w));
        if (border.left()) out.add(new Band(b.x(), b.y() + s0, 0, 1, 1, 0, vertical, w));
        return out;
    }

    /** The marks of a 花边 border around {@code b}. */
    static List<Mark> border(Rect b, FrameBorder border) {
        List<Mark> out = new ArrayList<>();
        for (Band band : bands(b, border)) out.addAll(band(band, border.style(), border.color()));
        if (border.style() == BorderStyle.ORNAMENT) {
            int w = border.weight();
            List<Segment> diamonds = new ArrayList<>();
            if (border.top() && border.left()) diamond(diamonds, b.x() + w / 2, b.y() + w / 2, w);
            if (border.top() && border.right()) diamond(diamonds, b.right() - w / 2, b.y() + w / 2, w);
            if (border.bottom() && border.right()) diamond(diamonds, b.right() - w / 2, b.bottom() - w / 2, w);
            if (border.bottom() && border.left()) diamond(diamonds, b.x() + w / 2, b.bottom() - w / 2, w);
            if (!diamonds.isEmpty()) out.add(new PathMark(diamonds, border.color(), null, 0, StrokeStyle.SOLID));
        }
        return out;
    }

    /** One band of {@code style}, tiled evenly along its length. */
    static List<Mark> band(Band band, BorderStyle style, Cmyk color) {
        int w = band.width();
        double len = band.length();
        if (len <= 0) return List.of();
        List<Segment> p = new ArrayList<>();
        switch (style) {
            case DOTS -> {
                double period = period(len, w);
                double r = w * 0.28;
                for (double u = period / 2; u < len; u += period) circle(p, band, u, w / 2.0, r);
                return List.of(new PathMark(p, color, null, 0, StrokeStyle.SOLID));
            }
            case WAVE -> {
                int t = even(w / 7);
                double half = period(len, 2.0 * w) / 2;
                double hi = t, lo = w - t;
                p.add(new Move(band.x(0, hi), band.y(0, hi)));
                boolean up = true;
                for (double u = 0; u + half / 2 < len; u += half, up = !up) {
                    double a = up ? hi : lo, z = up ? lo : hi;
                    p.add(new Curve(band.x(u + half / 2, a), band.y(u + half / 2, a), band.x(u + half / 2, z),
                            band.y(u + half / 2, z), band.x(u + half, z), band.y(u + half, z)));
                }
                return List.of(new PathMark(p, null, color, t, StrokeStyle.SOLID));
            }
            case ZIGZAG -> {
                int t = even(w / 7);
                double half = period(len, w) / 2;
                p.add(new Move(band.x(0, t), band.y(0, t)));
                boolean down = true;
                for (double u = half; u < len + half / 2; u += half, down = !down) {
                    double v = down ? w - t : t;
                    p.add(new Line(band.x(u, v), band.y(u, v)));
                }
                return List.of(new PathMark(p, null, color, t, StrokeStyle.SOLID));
            }
            case KEY -> {
                // 回纹: a running line along the inner edge, a square spiral standing on it in each repeat
                int t = even(w / 9);
                double unitV = (w - t) / 4.0, v0 = t / 2.0;
                double period = period(len, 1.25 * w), unitU = period / 5;
                p.add(new Move(band.x(0, v0 + 4 * unitV), band.y(0, v0 + 4 * unitV)));
                p.add(new Line(band.x(len, v0 + 4 * unitV), band.y(len, v0 + 4 * unitV)));
                double[][] spiral = {{4.5, 4}, {4.5, 0}, {1, 0}, {1, 3}, {3.5, 3}, {3.5, 1}, {2, 1}, {2, 2}};
                for (double s = 0; s + period / 2 < len; s += period) {
                    for (int i = 0; i < spiral.length; i++) {
                        int x = band.x(s + spiral[i][0] * unitU, v0 + spiral[i][1] * unitV);
                        int y = band.y(s + spiral[i][0] * unitU, v0 + spiral[i][1] * unitV);
                        p.add(i == 0 ? new Move(x, y) : new Line(x, y));
                    }
                }
                return List.of(new PathMark(p, null, color, t, StrokeStyle.SOLID));
            }
            case ROPE -> {
                double period = period(len, w / 2.0);
                double m = w * 0.08;
                for (double u = 0; u + period / 2 < len; u += period) {
                    p.add(new Move(band.x(u, w - m), band.y(u, w - m)));
                    p.add(new Line(band.x(u + period * 0.4, w - m), band.y(u + period * 0.4, w - m)));
                    p.add(new Line(band.x(u + period, m), band.y(u + period, m)));
                    p.add(new Line(band.x(u + period * 0.6, m), band.y(u + period * 0.6, m)));
                    p.add(new Close());
                }
                return List.of(new PathMark(p, color, null, 0, StrokeStyle.SOLID));
            }
            case ORNAMENT -> {
                // two thin lines; the inner one stops short of the corner squares, where the diamonds go
                int t = even(w / 8);
                List<Mark> out = new ArrayList<>();
                out.add(stroke(band, 0, len, t / 2.0, t, color));
                out.add(stroke(band, 0, len, w - t / 2.0, t, color));
                return out;
            }
            case THICK_THIN -> {
                int thick = even(w / 2), thin = even(w / 6);
                return List.of(stroke(band, 0, len, thick / 2.0, thick, color), stroke(band, 0, len, w - thin / 2.0, thin, color));
            }
            default -> throw new IllegalArgumentException("not a pattern: " + style);
        }
    }

    /** A period near {@code nominal} that divides {@code len} into whole repeats. */
    static double period(double len, double nominal) {
        long n = Math.max(1, Math.round(len / Math.max(1, nominal)));
        return len / n;
    }

    private static RuleMark stroke(Band band, double u0, double u1, double v, int weight, Cmyk color) {
        return new RuleMark(band.x(u0, v), band.y(u0, v), band.x(u1, v), band.y(u1, v), weight, color, StrokeStyle.SOLID);
    }

    private static void circle(List<Segment> p, Band band, double u, double v, double r) {
        int cx = band.x(u, v), cy = band.y(u, v);
        int k = (int) Math.round(r * KAPPA), ri = (int) Math.round(r);
        p.add(new Move(cx + ri, cy));
        p.add(new Curve(cx + ri, cy + k, cx + k, cy + ri, cx, cy + ri));
        p.add(new Curve(cx - k, cy + ri, cx - ri, cy + k, cx - ri, cy));
        p.add(new Curve(cx - ri, cy - k, cx - k, cy - ri, cx, cy - ri));
        p.add(new Curve(cx + k, cy - ri, cx + ri, cy - k, cx + ri, cy));
        p.add(new Close());
    }

    /** A diamond filling most of a w-wide corner square centred at (cx, cy). */
    private static void diamond(List<Segment> p, int cx, int cy, int w) {
        int r = (int) Math.round(w * 0.42);
        p.add(new Move(cx, cy - r));
        p.add(new Line(cx + r, cy));
        p.add(new Line(cx, cy + r));
        p.add(new Line(cx - r, cy));
        p.add(new Close());
    }

    /** A rounded rectangle's outline: {@code r} the corner radius (clamped to half the shorter side). */
    static List<Segment> roundedRect(double x0, double y0, double x1, double y1, double r) {
        r = Math.max(0, Math.min(r, Math.min(x1 - x0, y1 - y0) / 2));
        double k = r * (1 - KAPPA);
        List<Segment> p = new ArrayList<>(10);
        p.add(new Move(i(x0 + r), i(y0)));
        p.add(new Line(i(x1 - r), i(y0)));
        p.add(new Curve(i(x1 - k), i(y0), i(x1), i(y0 + k), i(x1), i(y0 + r)));
        p.add(new Line(i(x1), i(y1 - r)));
        p.add(new Curve(i(x1), i(y1 - k), i(x1 - k), i(y1), i(x1 - r), i(y1)));
        p.add(new Line(i(x0 + r), i(y1)));
        p.add(new Curve(i(x0 + k), i(y1), i(x0), i(y1 - k), i(x0), i(y1 - r)));
        p.add(new Line(i(x0), i(y0 + r)));
        p.add(new Curve(i(x0), i(y0 + k), i(x0 + k), i(y0), i(x0 + r), i(y0)));
        p.add(new Close());
        return p;
    }

    /** A stroke of {@code weight} centred {@code at} inside {@code b}'s edge, its corners rounded to {@code radius} outside. */
    static PathMark roundedStroke(Rect b, int at, int weight, int radius, Cmyk color, StrokeStyle style) {
        return new PathMark(roundedRect(b.x() + at, b.y() + at, b.right() - at, b.bottom() - at, radius - at),
                null, color, weight, style);
    }

    private static int i(double v) { return (int) Math.round(v); }

    /** A stroke weight rounded down to an even number of millipoints (at least 2), so half of it is whole. */
    static int even(int v) { return Math.max(2, v - (v & 1)); }
}
