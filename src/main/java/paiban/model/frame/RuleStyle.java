package paiban.model.frame;

public enum RuleStyle {
    /** A single line along the longer side of the frame. */
    SOLID,
    DASHED,
    /** Two thin lines (文武线 uses a thick and a thin one). */
    DOUBLE,
    /** A box around the frame's rectangle (框 / 花边). */
    BOX,
    /** Round dots two weights apart. */
    DOTTED,
    /** 文武线: a thick line and a thin one. */
    THICK_THIN,
    /** 花边 patterns along the rule, as for a border: the weight is the band they fill. */
    DOTS,
    WAVE,
    KEY,
    ORNAMENT,
    ZIGZAG,
    ROPE;

    /** The border style drawn the same way, for the 花边 patterns and 文武线; null for the others. */
    public BorderStyle pattern() {
        return switch (this) {
            case THICK_THIN -> BorderStyle.THICK_THIN;
            case DOTS -> BorderStyle.DOTS;
            case WAVE -> BorderStyle.WAVE;
            case KEY -> BorderStyle.KEY;
            case ORNAMENT -> BorderStyle.ORNAMENT;
            case ZIGZAG -> BorderStyle.ZIGZAG;
            case ROPE -> BorderStyle.ROPE;
            default -> null;
        };
    }
}
