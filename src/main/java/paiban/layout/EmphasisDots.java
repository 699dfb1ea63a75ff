package paiban.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * 着重号: the dots a line's emphasised runs carry, one small filled circle per
 * Han character, centred under the glyph in horizontal text and right of it
 * in vertical text. Punctuation, Latin letters and digits get none. Both
 * renderers draw these marks, so screen and PDF put the dots in one place.
 */
public final class EmphasisDots {
    /** Bézier handle length for a quarter circle, as a fraction of the radius. */
    private static final double KAPPA = 0.5523;

    private EmphasisDots() {}

    /** One filled path per run with dots on this line, in the run's colour; empty when there are none. */
    public static List<PathMark> of(LineBox line) {
        List<PathMark> out = new ArrayList<>(0);
        for (GlyphRun run : line.runs()) {
            if (!run.emphasisDots()) continue;
            List<PathMark.Segment> segments = new ArrayList<>();
            int radius = radius(run.size());
            int i = 0;
            for (int off = 0; off < run.text().length(); i++) {
                int cp = run.text().codePointAt(off);
                off += Character.charCount(cp);
                if (!han(cp)) continue;
                if (line.vertical()) {
                    if (run.orientation() != GlyphRun.Orientation.UPRIGHT) continue;
                    int cx = line.baseline() + run.size() / 2 + gap(run.size()) + radius;
                    int cy = line.x() + run.xs()[i] + run.size() / 2;
                    circle(segments, cx, cy, radius);
                } else {
                    int width = (int) ((long) run.size() * run.horizontalScale() / 100);
                    int height = (int) ((long) run.size() * run.verticalScale() / 100);
                    int cx = line.x() + run.xs()[i] + width / 2;
                    // below the ideographic em box, which reaches about 0.12 em under the baseline
                    int cy = line.baseline() + height * 12 / 100 + gap(run.size()) + radius;
                    circle(segments, cx, cy, radius);
                }
            }
            if (!segments.isEmpty()) out.add(new PathMark(segments, run.color(), null, 0, StrokeStyle.SOLID));
        }
        return out;
    }

    /** Number of dots in {@code mark} (each circle starts with one move). */
    public static int count(PathMark mark) {
        int n = 0;
        for (PathMark.Segment s : mark.segments()) if (s instanceof PathMark.Move) n++;
        return n;
    }

    /** True for the characters that take a dot: Han ideographs (and 〇, 々). */
    public static boolean han(int codePoint) {
        return Character.UnicodeScript.of(codePoint) == Character.UnicodeScript.HAN || codePoint == '〇';
    }

    /** Dot radius: a dot a tenth of the type size across. */
    static int radius(int size) { return Math.max(1, size / 20); }

    /** White between the glyph's em box and the dot. */
    static int gap(int size) { return size / 16; }

    private static void circle(List<PathMark.Segment> out, int cx, int cy, int r) {
        int k = (int) Math.round(r * KAPPA);
        out.add(new PathMark.Move(cx + r, cy));
        out.add(new PathMark.Curve(cx + r, cy + k, cx + k, cy + r, cx, cy + r));
        out.add(new PathMark.Curve(cx - k, cy + r, cx - r, cy + k, cx - r, cy));
        out.add(new PathMark.Curve(cx - r, cy - k, cx - k, cy - r, cx, cy - r));
        out.add(new PathMark.Curve(cx + k, cy - r, cx + r, cy - k, cx + r, cy));
        out.add(new PathMark.Close());
    }
}
