package paiban.compose.flow;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextFrame;

/**
 * The runaround rectangles that text of one frame must avoid: every other
 * frame on the page that has a wrap, grown by the wrap's offset. Stacking
 * order does not matter (SPEC §3, and InDesign's default): a designer who
 * sets a wrap on a photo expects the story beside it to give way whether the
 * photo was drawn before or after the story's frame.
 */
final class WrapArea {
    private final List<Rect> rects;

    private WrapArea(List<Rect> rects) { this.rects = rects; }

    static WrapArea around(Page page, Frame frame) {
        List<Rect> rects = new ArrayList<>();
        for (Frame f : page.frames()) {
            if (f == frame || f.id().equals(frame.id())) continue;
            // a photo's own caption sits right under it, inside any runaround offset
            if (f instanceof ImageFrame image && frame.id().equals(image.captionFrameId())) continue;
            if (f.wrap() != null) rects.add(f.bounds().grow(f.wrap().offset()));
        }
        return new WrapArea(rects);
    }

    boolean isEmpty() { return rects.isEmpty(); }

    /**
     * Only the rectangles that reach the frame (its bounds or its text area, whichever is larger):
     * the others narrow none of its lines. Two frames' wraps with the same rectangles here give
     * the same plan, so a frame moved elsewhere on the page does not re-plan this one.
     */
    WrapArea near(TextFrame frame) {
        if (rects.isEmpty()) return this;
        Rect b = frame.bounds(), a = frame.textArea();
        int left = Math.min(b.x(), a.x()), top = Math.min(b.y(), a.y());
        int right = Math.max(b.right(), a.right()), bottom = Math.max(b.bottom(), a.bottom());
        List<Rect> out = new ArrayList<>(rects.size());
        for (Rect r : rects) {
            if (r.x() <= right && r.right() >= left && r.y() <= bottom && r.bottom() >= top) out.add(r);
        }
        return out.size() == rects.size() ? this : new WrapArea(List.copyOf(out));
    }

    /** The rectangles, for telling two areas apart. */
    List<Rect> rects() { return rects; }

    /** The same rectangles in the turned space of a vertical frame ({@link VerticalFrames}). */
    WrapArea turned(paiban.model.PageTemplate t) {
        List<Rect> out = new ArrayList<>(rects.size());
        for (Rect r : rects) out.add(VerticalFrames.turned(t, r));
        return new WrapArea(out);
    }

    /**
     * The widest stretch of [x, x+width) left free on the band [top, bottom):
     * a line beside a photo keeps to one side. Returns {x, width}; width 0 when
     * less than {@code minWidth} remains.
     */
    int[] free(int x, int width, int top, int bottom, int minWidth) {
        int left = x, right = x + width;
        for (Rect r : rects) {
            if (r.y() >= bottom || r.bottom() <= top) continue;
            if (r.x() >= right || r.right() <= left) continue;
            int before = r.x() - left;
            int after = right - r.right();
            if (before >= after) right = Math.max(left, r.x());
            else left = Math.min(right, r.right());
        }
        int w = right - left;
        return w < minWidth ? new int[] {x, 0} : new int[] {left, w};
    }
}
