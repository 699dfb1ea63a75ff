package paiban.model.frame;

import paiban.model.Rect;

/**
 * A frame of body text with its own text columns: a frame spanning five
 * basic columns may be set in three (破栏).
 *
 * @param columns text columns in this frame
 * @param gap     gap between text columns, millipoints
 * @param inset   the one-value inset of older files: the inset when all four sides are the same, else 0
 *                (ignored when {@code insets} is given)
 * @param look    fill, reversed type and border
 * @param insets  the inset on each side inside the border, millipoints (null: {@code inset} on all four)
 * @param columnRule 栏线 in each gap between text columns, null for none
 * @param writingMode 横排 or 竖排; in vertical text the frame's "columns" are tiers stacked top to bottom
 */
public record TextFrame(String id, Rect bounds, int columns, int gap, int inset, VerticalAlign verticalAlign,
                        TextWrap wrap, boolean locked, String group, FrameLook look, Insets insets,
                        ColumnRule columnRule, WritingMode writingMode) implements Frame {
    public TextFrame {
        if (columns < 1) throw new IllegalArgumentException("text frame " + id + ": columns must be ≥ 1");
        if (columns > paiban.model.Limits.MAX_COLUMNS) {
            throw new IllegalArgumentException("text frame " + id + ": at most " + paiban.model.Limits.MAX_COLUMNS + " columns");
        }
        if (gap < 0 || inset < 0) throw new IllegalArgumentException("text frame " + id + ": gap and inset must not be negative");
        if (verticalAlign == null) verticalAlign = VerticalAlign.TOP;
        group = Frame.nonNull(group);
        if (look == null) look = FrameLook.NONE;
        if (insets == null) insets = Insets.uniform(inset);
        inset = insets.isUniform() ? insets.top() : 0;
        writingMode = WritingMode.orDefault(writingMode);
    }

    public TextFrame(String id, Rect bounds, int columns, int gap, int inset, VerticalAlign verticalAlign,
                     TextWrap wrap, boolean locked, String group, FrameLook look, Insets insets, ColumnRule columnRule) {
        this(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, look, insets, columnRule,
                WritingMode.HORIZONTAL);
    }

    public TextFrame(String id, Rect bounds, int columns, int gap, int inset, VerticalAlign verticalAlign,
                     TextWrap wrap, boolean locked, String group, FrameLook look, WritingMode writingMode) {
        this(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, look, null, null, writingMode);
    }

    public TextFrame(String id, Rect bounds, int columns, int gap, int inset, VerticalAlign verticalAlign,
                     TextWrap wrap, boolean locked, String group, FrameLook look) {
        this(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, look, null, null, WritingMode.HORIZONTAL);
    }

    public TextFrame(String id, Rect bounds, int columns, int gap, int inset, VerticalAlign verticalAlign,
                     TextWrap wrap, boolean locked, String group) {
        this(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, FrameLook.NONE);
    }

    public TextFrame(String id, Rect bounds, int columns, int gap) {
        this(id, bounds, columns, gap, 0, VerticalAlign.TOP, null, false, "");
    }

    /** Where the text goes: the bounds less the border and the inset. */
    public Rect textArea() { return look.contentArea(bounds, insets); }

    /** Width of one text column. */
    public int columnWidth() {
        return (textArea().width() - (columns - 1) * gap) / columns;
    }

    @Override public TextFrame withId(String newId) {
        return new TextFrame(newId, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, look, insets, columnRule, writingMode);
    }

    @Override public TextFrame withBounds(Rect b) {
        return new TextFrame(id, b, columns, gap, inset, verticalAlign, wrap, locked, group, look, insets, columnRule, writingMode);
    }

    @Override public TextFrame withLocked(boolean l) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, wrap, l, group, look, insets, columnRule, writingMode);
    }

    @Override public TextFrame withGroup(String g) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, g, look, insets, columnRule, writingMode);
    }

    public TextFrame withColumns(int n, int newGap) {
        return new TextFrame(id, bounds, n, newGap, inset, verticalAlign, wrap, locked, group, look, insets, columnRule, writingMode);
    }

    public TextFrame withLook(FrameLook l) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, l, insets, columnRule, writingMode);
    }

    public TextFrame withWrap(TextWrap w) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, w, locked, group, look, insets, columnRule, writingMode);
    }

    public TextFrame withVerticalAlign(VerticalAlign va) {
        return new TextFrame(id, bounds, columns, gap, inset, va, wrap, locked, group, look, insets, columnRule, writingMode);
    }

    /** The same frame with {@code i} inside its border on each side. */
    public TextFrame withInsets(Insets i) {
        return new TextFrame(id, bounds, columns, gap, 0, verticalAlign, wrap, locked, group, look, i, columnRule, writingMode);
    }

    /** The same frame with 栏线 {@code r} (null: none). */
    public TextFrame withColumnRule(ColumnRule r) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, look, insets, r, writingMode);
    }

    public TextFrame withWritingMode(WritingMode m) {
        return new TextFrame(id, bounds, columns, gap, inset, verticalAlign, wrap, locked, group, look, insets, columnRule, m);
    }

    @Override public String kind() { return "text"; }
}
