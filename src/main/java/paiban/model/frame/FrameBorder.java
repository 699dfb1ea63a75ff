package paiban.model.frame;

import paiban.model.style.Cmyk;

/**
 * A border (框) drawn inside a frame's edge on the sides that are on; it takes
 * {@code weight} millipoints of the frame on each such side, so text set inside
 * the frame keeps clear of it.
 *
 * @param radius rounded corners: the radius of the border's outer edge, millipoints (0: square);
 *               drawn only when all four sides are on and the style is a line style
 */
public record FrameBorder(int weight, BorderStyle style, Cmyk color, boolean top, boolean right, boolean bottom,
                          boolean left, int radius) {
    public FrameBorder {
        if (weight <= 0) throw new IllegalArgumentException("border weight must be positive, was " + weight);
        if (radius < 0) throw new IllegalArgumentException("corner radius must not be negative, was " + radius);
        if (style == null) style = BorderStyle.SOLID;
        if (color == null) color = Cmyk.BLACK;
    }

    public FrameBorder(int weight, BorderStyle style, Cmyk color, boolean top, boolean right, boolean bottom,
                       boolean left) {
        this(weight, style, color, top, right, bottom, left, 0);
    }

    /** A border on all four sides. */
    public FrameBorder(int weight, BorderStyle style, Cmyk color) {
        this(weight, style, color, true, true, true, true);
    }

    public boolean allSides() { return top && right && bottom && left; }

    /** True when the corners are drawn round: a radius, all four sides, and a line style (not a 花边). */
    public boolean rounded() { return radius > 0 && allSides() && !style.isPattern(); }

    public FrameBorder withWeight(int w) { return new FrameBorder(w, style, color, top, right, bottom, left, radius); }

    public FrameBorder withStyle(BorderStyle s) { return new FrameBorder(weight, s, color, top, right, bottom, left, radius); }

    public FrameBorder withColor(Cmyk c) { return new FrameBorder(weight, style, c, top, right, bottom, left, radius); }

    public FrameBorder withSides(boolean t, boolean r, boolean b, boolean l) {
        return new FrameBorder(weight, style, color, t, r, b, l, radius);
    }

    public FrameBorder withRadius(int r) { return new FrameBorder(weight, style, color, top, right, bottom, left, r); }
}
