package paiban.render.fx;

/**
 * Page millipoints to canvas pixels: {@code scale} pixels per millipoint and
 * the pixel position of the page's top-left corner.
 */
public record ScreenTransform(double scale, double originX, double originY) {
    /** Pixels per point at 100 % zoom: a point is 1/72 in, the screen 96 px/in. */
    public static final double PX_PER_PT = 96.0 / 72.0;

    public ScreenTransform {
        if (!(scale > 0)) throw new IllegalArgumentException("scale must be positive, was " + scale);
    }

    /** The transform for a zoom factor (1.0 = actual size). */
    public static ScreenTransform zoom(double zoom, double originX, double originY) {
        return new ScreenTransform(zoom * PX_PER_PT / 1000.0, originX, originY);
    }

    public double x(int mpt) { return originX + mpt * scale; }

    public double y(int mpt) { return originY + mpt * scale; }

    public double length(int mpt) { return mpt * scale; }

    /** Canvas x back to page millipoints. */
    public double pageX(double px) { return (px - originX) / scale; }

    public double pageY(double px) { return (px - originY) / scale; }
}
