package paiban.model.frame;

public enum RuleStyle {
    /** A single line along the longer side of the frame. */
    SOLID,
    DASHED,
    /** Two thin lines (文武线 uses a thick and a thin one). */
    DOUBLE,
    /** A box around the frame's rectangle (框 / 花边). */
    BOX
}
