package paiban.render.placed;

import paiban.model.Rect;

/**
 * Where a placed page lands: its trim box scaled alike in both directions to
 * fit the frame and centred in it. Screen and print use this one mapping, so
 * they agree to the point.
 *
 * @param scale millipoints of the layout per point of the placed page
 * @param left  layout x (millipoints) of the trim box's left edge
 * @param top   layout y (millipoints) of the trim box's top edge
 */
public record PlacedFit(double scale, double left, double top, PageBox trim) {

    public static PlacedFit of(Rect frame, PageBox trim) {
        double s = Math.min(frame.width() / trim.width(), frame.height() / trim.height());
        if (!(s > 0) || Double.isInfinite(s)) s = 1000;
        double left = frame.x() + (frame.width() - trim.width() * s) / 2;
        double top = frame.y() + (frame.height() - trim.height() * s) / 2;
        return new PlacedFit(s, left, top, trim);
    }

    /** Layout x (millipoints) of the placed page's user-space {@code px}. */
    public double x(double px) { return left + (px - trim.x()) * scale; }

    /** Layout y (millipoints, down) of the placed page's user-space {@code py}. */
    public double y(double py) { return top + (trim.top() - py) * scale; }
}
