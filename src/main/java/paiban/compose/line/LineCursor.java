package paiban.compose.line;

/**
 * Sets a paragraph one line at a time, so the flow can give every line its
 * own measure (a column, a narrower line beside a wrapped photo).
 */
public interface LineCursor {
    /** True while characters remain to be set. */
    boolean hasNext();

    /**
     * Sets the next line into {@code width} millipoints. The first line carries
     * the style's indent. Always consumes at least one character, even when
     * nothing fits, so a flow can never loop forever.
     */
    ComposedLine next(int width);

    /** UTF-16 index of the first character not yet set. */
    int position();
}
