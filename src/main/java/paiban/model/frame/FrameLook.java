package paiban.model.frame;

import paiban.model.Rect;
import paiban.model.style.Cmyk;

/**
 * How a frame looks besides its text or picture: a fill (底纹) in a
 * process colour at a tint, reversed type (反白: the frame's text in white,
 * knocking out) and a border (框).
 *
 * @param fill     the fill colour, null for none
 * @param tint     percent of {@code fill} printed, 1–100
 * @param reversed the frame's text is white
 * @param border   the border, null for none
 */
public record FrameLook(Cmyk fill, int tint, boolean reversed, FrameBorder border) {
    public static final FrameLook NONE = new FrameLook(null, 100, false, null);

    public FrameLook {
        if (tint < 1 || tint > 100) throw new IllegalArgumentException("tint must be 1..100 percent, was " + tint);
    }

    public boolean isPlain() { return equals(NONE); }

    /** The fill as printed: each ink of the colour times the tint; null when there is no fill. */
    public Cmyk printedFill() {
        if (fill == null) return null;
        return new Cmyk(tinted(fill.c()), tinted(fill.m()), tinted(fill.y()), tinted(fill.k()));
    }

    private int tinted(int ink) { return (int) Math.round(ink * tint / 100.0); }

    /** The part of {@code bounds} inside the border and then {@code inset} on every side. */
    public Rect contentArea(Rect bounds, int inset) { return contentArea(bounds, Insets.uniform(inset)); }

    /** The part of {@code bounds} inside the border and then each side's inset. */
    public Rect contentArea(Rect bounds, Insets inset) {
        int w = border == null ? 0 : border.weight();
        int top = inset.top() + (border != null && border.top() ? w : 0);
        int right = inset.right() + (border != null && border.right() ? w : 0);
        int bottom = inset.bottom() + (border != null && border.bottom() ? w : 0);
        int left = inset.left() + (border != null && border.left() ? w : 0);
        return new Rect(bounds.x() + left, bounds.y() + top, Math.max(0, bounds.width() - left - right),
                Math.max(0, bounds.height() - top - bottom));
    }

    public FrameLook withFill(Cmyk c, int t) { return new FrameLook(c, t, reversed, border); }

    public FrameLook withReversed(boolean r) { return new FrameLook(fill, tint, r, border); }

    public FrameLook withBorder(FrameBorder b) { return new FrameLook(fill, tint, reversed, b); }
}
