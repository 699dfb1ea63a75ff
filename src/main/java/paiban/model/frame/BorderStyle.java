package paiban.model.frame;

/** How a frame's border (框) is drawn. */
public enum BorderStyle {
    SOLID,
    DASHED,
    DOTTED,
    /** Two lines, each a third of the weight, a third apart. */
    DOUBLE
}
