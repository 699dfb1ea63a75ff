package paiban.ui.canvas;

import paiban.edit.GridSnap;
import paiban.model.Rect;

/**
 * Several frames scaled together by a handle of the box around them, as
 * InDesign and 飞腾 do: each frame edge keeps its relative place in the box
 * from the old box to the new one, so frames that shared an edge or a gap
 * still line up. The edges that moved then snap one by one, exactly as a
 * single resized frame's dragged edges do.
 *
 * <p>A frame never shrinks below {@code min} (or below its own size, when
 * it was already thinner, as a hairline rule is): it stops there and grows
 * away from the side of the box being held, the way a single frame stops
 * at its minimum, while the rest of the selection follows the pointer.
 *
 * @param snap null to scale free of the grid (Alt)
 */
record SelectionScale(Rect from, Rect to, GridSnap snap, int min) {
    /** Where a frame with bounds {@code r} inside the old box lands. */
    Rect apply(Rect r) {
        int x0 = map(r.x(), from.x(), from.width(), to.x(), to.width());
        int x1 = map(r.right(), from.x(), from.width(), to.x(), to.width());
        int y0 = map(r.y(), from.y(), from.height(), to.y(), to.height());
        int y1 = map(r.bottom(), from.y(), from.height(), to.y(), to.height());
        int minW = Math.min(min, r.width()), minH = Math.min(min, r.height());
        // the side of the box that moved is the one dragged: a frame at its minimum keeps the held side's edge
        if (x1 - x0 < minW) {
            if (to.x() != from.x()) x0 = x1 - minW;
            else x1 = x0 + minW;
        }
        if (y1 - y0 < minH) {
            if (to.y() != from.y()) y0 = y1 - minH;
            else y1 = y0 + minH;
        }
        Rect out = new Rect(x0, y0, x1 - x0, y1 - y0);
        if (snap == null) return out;
        Rect snapped = snap.resize(out, x0 != r.x(), y0 != r.y(), x1 != r.right(), y1 != r.bottom());
        return snapped.width() >= minW && snapped.height() >= minH ? snapped : out;
    }

    /** {@code v}'s place along an old extent, carried to the new one; a box with no extent on this axis only moves. */
    private static int map(int v, int fromStart, int fromLength, int toStart, int toLength) {
        if (fromLength == 0) return v + toStart - fromStart;
        return toStart + (int) Math.round((double) (v - fromStart) * toLength / fromLength);
    }
}
