package paiban.model.frame;

/** Where a table cell's text sits across its cell. */
public enum CellAlign {
    LEFT, CENTER, RIGHT,
    /** Numbers of a column lined up on their decimal point (a number without one ends where the point would be). */
    DECIMAL
}
