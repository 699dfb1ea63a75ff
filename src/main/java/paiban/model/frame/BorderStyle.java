package paiban.model.frame;

/**
 * How a frame's border (框) is drawn: a plain line style, or one of the 花边
 * decorative borders, vector patterns that fill the border's band and tile
 * evenly along each side.
 */
public enum BorderStyle {
    SOLID,
    DASHED,
    DOTTED,
    /** Two lines, each a third of the weight, a third apart. */
    DOUBLE,
    /** 文武线: a thick line outside (half the weight) and a thin one inside (a sixth), a third apart. */
    THICK_THIN,
    /** 花边: round dots, one a weight. */
    DOTS,
    /** 花边: a wavy line. */
    WAVE,
    /** 花边: 回纹, square spirals on a running line (the Chinese key). */
    KEY,
    /** 花边: two thin lines with a diamond ornament in each corner. */
    ORNAMENT,
    /** 花边: a zigzag line. */
    ZIGZAG,
    /** 花边: slanted strands, like a twisted rope (绳纹). */
    ROPE;

    /** True for the 花边 patterns, whose weight a designer sets in whole grid lines. */
    public boolean isPattern() { return ordinal() >= DOTS.ordinal(); }
}
