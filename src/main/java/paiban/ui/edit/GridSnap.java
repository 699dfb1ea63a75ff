package paiban.ui.edit;

import java.util.function.IntUnaryOperator;

import paiban.model.PageTemplate;
import paiban.model.Rect;

/**
 * Snaps frame edges to the page grid: left edges to column starts, right
 * edges to column ends, tops to the top of a grid line's body, bottoms to
 * its bottom, each only when within {@code tolerance} millipoints.
 */
public final class GridSnap {
    private final PageTemplate t;
    private final int tolerance;

    public GridSnap(PageTemplate template, int tolerance) {
        this.t = template;
        this.tolerance = tolerance;
    }

    public int left(int x) { return x + delta(x, t::columnLeft, t.columns(), 0); }

    public int right(int x) { return x + delta(x, t::columnRight, t.columns(), 0); }

    public int top(int y) { return y + delta(y, t::lineTop, t.lines(), 0); }

    public int bottom(int y) { return y + delta(y, i -> t.lineTop(i) + t.bodySize(), t.lines(), 0); }

    /** A moved frame keeps its size; whichever edge is nearer a grid position decides. */
    public Rect move(Rect r) {
        int dx = nearer(delta(r.x(), t::columnLeft, t.columns(), NONE),
                delta(r.right(), t::columnRight, t.columns(), NONE));
        int dy = nearer(delta(r.y(), t::lineTop, t.lines(), NONE),
                delta(r.bottom(), i -> t.lineTop(i) + t.bodySize(), t.lines(), NONE));
        return r.moved(dx, dy);
    }

    /** A resized frame: each of the given edges snaps on its own. */
    public Rect resize(Rect r, boolean leftEdge, boolean topEdge, boolean rightEdge, boolean bottomEdge) {
        int x0 = leftEdge ? left(r.x()) : r.x();
        int y0 = topEdge ? top(r.y()) : r.y();
        int x1 = rightEdge ? right(r.right()) : r.right();
        int y1 = bottomEdge ? bottom(r.bottom()) : r.bottom();
        return new Rect(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }

    private static final int NONE = Integer.MIN_VALUE;

    /** The smaller of two snap distances; NONE for an edge with no grid position near. */
    private static int nearer(int a, int b) {
        if (a == NONE) return b == NONE ? 0 : b;
        if (b == NONE) return a;
        return Math.abs(a) <= Math.abs(b) ? a : b;
    }

    /** Distance from {@code v} to the nearest grid position within tolerance, or {@code none}. */
    private int delta(int v, IntUnaryOperator position, int count, int none) {
        int best = none;
        int bestDistance = tolerance + 1;
        for (int i = 0; i < count; i++) {
            int d = position.applyAsInt(i) - v;
            if (Math.abs(d) < bestDistance) {
                best = d;
                bestDistance = Math.abs(d);
            }
        }
        return best;
    }
}
