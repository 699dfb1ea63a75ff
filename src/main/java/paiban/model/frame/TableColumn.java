package paiban.model.frame;

/**
 * A table column: its width and how its body cells are set by default.
 *
 * @param width millipoints; used when {@code chars} is 0
 * @param chars width in 字 of the page template's body size (0: {@code width} counts)
 * @param align alignment of the column's body cells
 * @param style paragraph style of the column's body cells, "" for the table's body style
 */
public record TableColumn(int width, double chars, CellAlign align, String style) {
    public TableColumn {
        if (align == null) align = CellAlign.LEFT;
        style = Frame.nonNull(style);
        if (!(chars >= 0) || width < 0) throw new IllegalArgumentException("a table column's width must not be negative");
        if (chars == 0 && width == 0) throw new IllegalArgumentException("a table column needs a width");
    }

    /** A column {@code chars} 字 wide. */
    public static TableColumn chars(double chars, CellAlign align) {
        return new TableColumn(0, chars, align, "");
    }

    /** The width in millipoints for a page whose body size is {@code bodySize}. */
    public int resolve(int bodySize) {
        return chars > 0 ? (int) Math.round(chars * bodySize) : width;
    }

    public TableColumn withWidth(int mpt) { return new TableColumn(mpt, 0, align, style); }
}
