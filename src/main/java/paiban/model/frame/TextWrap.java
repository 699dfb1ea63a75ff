package paiban.model.frame;

/** Runaround: text of every other frame on the page keeps {@code offset} millipoints off this frame's rectangle. */
public record TextWrap(int offset) {
    public TextWrap {
        if (offset < 0) throw new IllegalArgumentException("wrap offset must not be negative");
    }
}
