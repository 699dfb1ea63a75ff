package paiban.model.frame;

/**
 * How a text or headline frame sets its lines: 横排 (lines left to right, stacked top to
 * bottom) or 竖排 (lines top to bottom, columns right to left).
 */
public enum WritingMode {
    HORIZONTAL,
    VERTICAL;

    public boolean vertical() { return this == VERTICAL; }

    /** Null reads as the default, horizontal. */
    public static WritingMode orDefault(WritingMode m) {
        return m == null ? HORIZONTAL : m;
    }
}
