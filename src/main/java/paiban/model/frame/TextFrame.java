package paiban.model.frame;

import paiban.model.Rect;

/**
 * A frame of body text with its own text columns: a frame spanning five
 * basic columns may be set in three (破栏).
 *
 * @param columns text columns in this frame
 * @param gap     gap between text columns, millipoints
 * @param inset   inset on all four sides, millipoints
 */
public record TextFrame(String id, Rect bounds, int columns, int gap, int inset, VerticalAlign verticalAlign,
                        TextWrap wrap, boolean locked, String group) implements Frame {
    public TextFrame {
        if (columns < 1) throw new IllegalArgumentException("text frame " + id + ": columns must be ≥ 1");
        if (columns > paiban.model.Limits.MAX_COLUMNS) {
            throw new IllegalArgumentException("text frame " + id + ": at most " + paiban.model.Limits.MAX_COLUMNS + " columns");
        }
        if (gap < 0 || inset < 0) throw new IllegalArgumentException("text frame " + id + ": gap and inset must not be negative");
        if (verticalAlign == null) verticalAlign = VerticalAlign.TOP;
        group = Frame.nonNull(group);
    }

    public TextFrame(String id, Rect bounds, int columns, int gap) {
        this(id, bounds, columns, gap, 0, VerticalAlign.TOP, null, false, "");
    }

    /** Width of one text column. */
    public int columnWidth() {
        return (bounds.width() - 2 * inset - (columns - 1) * gap) / columns;
    }

    @Override public TextFrame withId(String newId) {
        return new TextFrame(newId, bounds, columns, gap, inset, verticalAlign, wrap, locked, group);
    }

    @Override public TextFrame withBounds(Rect b) {
        return new TextFrame(id, b, columns, gap, inset, verticalAlign, wrap, locked, group);
    }

    @Override public TextFrame withLocked(boolean l) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, wrap, l, group);
    }

    @Override public TextFrame withGroup(String g) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, g);
    }

    public TextFrame withColumns(int n, int newGap) {
        return new TextFrame(id, bounds, n, newGap, inset, verticalAlign, wrap, locked, group);
    }

    @Override public String kind() { return "text"; }
}
