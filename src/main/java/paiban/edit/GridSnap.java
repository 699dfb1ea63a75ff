package paiban.edit;

import java.util.function.IntUnaryOperator;

import paiban.model.PageTemplate;
import paiban.model.Rect;

/**
 * Snaps frame edges to the page grid: left edges to column starts, right
 * edges to column ends, tops to the top of a grid line's body, bottoms to
 * its bottom, each only when within {@code tolerance} millipoints. Away
 * from a column edge a left or right edge snaps to a whole 字 of the type
 * area, as a 破栏 frame is measured in 字.
 */
public final class GridSnap {
    private final PageTemplate t;
    private final int tolerance;

    public GridSnap(PageTemplate template, int tolerance) {
        this.t = template;
        this.tolerance = tolerance;
    }

    public int left(int x) { return x + orChar(delta(x, t::columnLeft, t.columns(), NONE), x); }

    public int right(int x) { return x + orChar(delta(x, t::columnRight, t.columns(), NONE), x); }

    public int top(int y) { return y + delta(y, t::lineTop, t.lines(), 0); }

    public int bottom(int y) { return y + delta(y, i -> t.lineTop(i) + t.bodySize(), t.lines(), 0); }

    /** A moved frame keeps its size; whichever edge is nearer a grid position decides. */
    public Rect move(Rect r) {
        int toLeft = delta(r.x(), t::columnLeft, t.columns(), NONE);
        int toRight = delta(r.right(), t::columnRight, t.columns(), NONE);
        int dx = toLeft == NONE && toRight == NONE ? nearer(charDelta(r.x()), charDelta(r.right())) : nearer(toLeft, toRight);
        int dy = nearer(delta(r.y(), t::lineTop, t.lines(), NONE),
                delta(r.bottom(), i -> t.lineTop(i) + t.bodySize(), t.lines(), NONE));
        return r.moved(dx, dy);
    }

    /**
     * A rule moved or drawn, keeping its size: a vertical rule's centre snaps to the
     * middle of the nearest gutter (栏间), its ends to the grid lines; a horizontal
     * rule's centre to the middle of a grid line's body, its ends to column edges.
     */
    public Rect rule(Rect r) {
        if (r.width() >= r.height()) {
            int mid = r.y() + r.height() / 2;
            int dy = delta(mid, i -> t.lineTop(i) + t.bodySize() / 2, t.lines(), 0);
            int toLeft = delta(r.x(), t::columnLeft, t.columns(), NONE);
            int toRight = delta(r.right(), t::columnRight, t.columns(), NONE);
            return r.moved(nearer(toLeft, toRight), dy);
        }
        int mid = r.x() + r.width() / 2;
        int dx = t.columns() < 2 ? 0 : delta(mid, i -> t.columnRight(i) + t.gap() / 2, t.columns() - 1, 0);
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

    /** A column edge's snap distance, or else the 字 grid's (0 when neither is near). */
    private int orChar(int columnDelta, int x) {
        if (columnDelta != NONE) return columnDelta;
        int d = charDelta(x);
        return d == NONE ? 0 : d;
    }

    /** Distance from {@code x} to the nearest whole 字 of the type area within tolerance, or NONE. */
    private int charDelta(int x) {
        return delta(x, i -> t.columnLeft(0) + i * t.bodySize(), t.typeWidth() / t.bodySize() + 1, NONE);
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
