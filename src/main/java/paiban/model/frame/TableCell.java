package paiban.model.frame;

/**
 * A table cell. Rows list their cells left to right and leave out the slots
 * a cell of an earlier row or column spans over (as HTML tables do).
 *
 * @param style   paragraph style, "" for the column's (or the header's) style
 * @param align   null for the column's alignment (header cells: centred)
 * @param rowSpan rows the cell covers, from 1
 * @param colSpan columns the cell covers, from 1
 */
public record TableCell(String text, String style, CellAlign align, int rowSpan, int colSpan) {
    public TableCell {
        text = Frame.nonNull(text);
        style = Frame.nonNull(style);
        if (rowSpan < 1 || colSpan < 1) throw new IllegalArgumentException("a cell spans at least one row and one column");
    }

    public TableCell(String text) {
        this(text, "", null, 1, 1);
    }

    public TableCell withText(String t) { return new TableCell(t, style, align, rowSpan, colSpan); }
}
