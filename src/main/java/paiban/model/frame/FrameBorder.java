package paiban.model.frame;

import paiban.model.style.Cmyk;

/**
 * A border (框) drawn inside a frame's edge on the sides that are on; it takes
 * {@code weight} millipoints of the frame on each such side, so text set inside
 * the frame keeps clear of it.
 */
public record FrameBorder(int weight, BorderStyle style, Cmyk color, boolean top, boolean right, boolean bottom,
                          boolean left) {
    public FrameBorder {
        if (weight <= 0) throw new IllegalArgumentException("border weight must be positive, was " + weight);
        if (style == null) style = BorderStyle.SOLID;
        if (color == null) color = Cmyk.BLACK;
    }

    /** A border on all four sides. */
    public FrameBorder(int weight, BorderStyle style, Cmyk color) {
        this(weight, style, color, true, true, true, true);
    }

    public boolean allSides() { return top && right && bottom && left; }

    public FrameBorder withWeight(int w) { return new FrameBorder(w, style, color, top, right, bottom, left); }

    public FrameBorder withStyle(BorderStyle s) { return new FrameBorder(weight, s, color, top, right, bottom, left); }

    public FrameBorder withColor(Cmyk c) { return new FrameBorder(weight, style, c, top, right, bottom, left); }

    public FrameBorder withSides(boolean t, boolean r, boolean b, boolean l) {
        return new FrameBorder(weight, style, color, t, r, b, l);
    }
}
