package paiban.model.frame;

import java.util.List;

import paiban.model.Rect;
import paiban.model.style.Cmyk;

/**
 * A table (表格) set in its own frame: columns of given widths, rows of
 * cells, the first {@code headerRows} rows a header repeated at the top of
 * every text column the table continues into, and its rules. The frame may
 * be set in several text columns like a text frame; a table taller than the
 * frame continues in the next one.
 *
 * @param headerRows  rows at the top repeated after a column break
 * @param bodyStyle   paragraph style of body cells whose column names none
 * @param headerStyle paragraph style of header cells
 * @param padding     space between a cell's text and its left and right edges, and its least space above and below, millipoints
 * @param outer       the table's outer frame
 * @param rowRules    lines between body rows
 * @param columnRules lines between columns
 * @param headerRule  the line under the header
 * @param headerShade 底纹 of the header cells, null for none
 * @param textColumns text columns in the frame the table runs through
 * @param gap         gap between text columns, millipoints
 * @param next        id of the table frame the table continues in (续表框, any page; same page first), "" for none;
 *                    a continuation frame sets the rows its predecessors left over and its own rows are ignored
 */
public record TableFrame(String id, Rect bounds, List<TableColumn> columns, List<List<TableCell>> rows, int headerRows,
                         String bodyStyle, String headerStyle, int padding, TableRule outer, TableRule rowRules,
                         TableRule columnRules, TableRule headerRule, Cmyk headerShade, int textColumns, int gap,
                         TextWrap wrap, boolean locked, String group, String next) implements Frame {
    public static final String BODY_STYLE = "正文";
    public static final String HEADER_STYLE = "正文";
    public static final int PADDING = 1500;

    public TableFrame {
        columns = List.copyOf(columns);
        rows = rows.stream().map(List::copyOf).toList();
        if (columns.isEmpty()) throw new IllegalArgumentException("table " + id + ": a table needs at least one column");
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("table " + id + ": " + headerRows + " header rows, but " + rows.size() + " rows");
        }
        if (padding < 0) throw new IllegalArgumentException("table " + id + ": padding must not be negative");
        if (textColumns < 1 || textColumns > paiban.model.Limits.MAX_COLUMNS) {
            throw new IllegalArgumentException("table " + id + ": text columns must be 1 to " + paiban.model.Limits.MAX_COLUMNS);
        }
        if (gap < 0) throw new IllegalArgumentException("table " + id + ": gap must not be negative");
        bodyStyle = bodyStyle == null || bodyStyle.isBlank() ? BODY_STYLE : bodyStyle;
        headerStyle = headerStyle == null || headerStyle.isBlank() ? HEADER_STYLE : headerStyle;
        if (outer == null) outer = TableRule.THICK;
        if (rowRules == null) rowRules = TableRule.THIN;
        if (columnRules == null) columnRules = TableRule.THIN;
        if (headerRule == null) headerRule = TableRule.THIN;
        group = Frame.nonNull(group);
        next = next == null ? "" : next.strip();
        if (next.equals(id)) throw new IllegalArgumentException("table " + id + ": a table cannot continue in itself");
        try {
            TableGrid.of(columns.size(), rows);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("table " + id + ": " + e.getMessage());
        }
    }

    /** A table that continues nowhere (compatibility constructor, from before {@code next}). */
    public TableFrame(String id, Rect bounds, List<TableColumn> columns, List<List<TableCell>> rows, int headerRows,
                      String bodyStyle, String headerStyle, int padding, TableRule outer, TableRule rowRules,
                      TableRule columnRules, TableRule headerRule, Cmyk headerShade, int textColumns, int gap,
                      TextWrap wrap, boolean locked, String group) {
        this(id, bounds, columns, rows, headerRows, bodyStyle, headerStyle, padding, outer, rowRules, columnRules,
                headerRule, headerShade, textColumns, gap, wrap, locked, group, "");
    }

    /** The same table continuing in the table frame {@code id} ("" for none). */
    public TableFrame withNext(String id2) {
        return new TableFrame(id, bounds, columns, rows, headerRows, bodyStyle, headerStyle, padding, outer,
                rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap, locked, group, id2);
    }

    /** A one-column table of {@code rows} with the usual rules: 反线 outside, 正线 inside, one header row. */
    public static TableFrame of(String id, Rect bounds, List<TableColumn> columns, List<List<TableCell>> rows) {
        return new TableFrame(id, bounds, columns, rows, rows.isEmpty() ? 0 : 1, BODY_STYLE, HEADER_STYLE, PADDING,
                TableRule.THICK, TableRule.THIN, TableRule.THIN, TableRule.THIN, null, 1, 0, null, false, "");
    }

    /** Where every cell sits. */
    public TableGrid grid() { return TableGrid.of(columns.size(), rows); }

    /** Width of one text column the table is set in. */
    public int columnWidth() { return (bounds.width() - (textColumns - 1) * gap) / textColumns; }

    /** The same table with new data rows and header count, keeping widths, styles and rules. */
    public TableFrame withRows(List<List<TableCell>> newRows, int newHeaderRows) {
        return new TableFrame(id, bounds, columns, newRows, newHeaderRows, bodyStyle, headerStyle, padding, outer,
                rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap, locked, group, next);
    }

    public TableFrame withColumns(List<TableColumn> newColumns, List<List<TableCell>> newRows) {
        return new TableFrame(id, bounds, newColumns, newRows, Math.min(headerRows, newRows.size()), bodyStyle,
                headerStyle, padding, outer, rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap,
                locked, group, next);
    }

    public TableFrame withTextColumns(int n, int newGap) {
        return new TableFrame(id, bounds, columns, rows, headerRows, bodyStyle, headerStyle, padding, outer,
                rowRules, columnRules, headerRule, headerShade, n, newGap, wrap, locked, group, next);
    }

    public TableFrame withRules(TableRule o, TableRule r, TableRule c, TableRule h, Cmyk shade) {
        return new TableFrame(id, bounds, columns, rows, headerRows, bodyStyle, headerStyle, padding, o, r, c, h,
                shade, textColumns, gap, wrap, locked, group, next);
    }

    public TableFrame withStyles(String body, String header) {
        return new TableFrame(id, bounds, columns, rows, headerRows, body, header, padding, outer,
                rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap, locked, group, next);
    }

    @Override public TableFrame withId(String newId) {
        return new TableFrame(newId, bounds, columns, rows, headerRows, bodyStyle, headerStyle, padding, outer,
                rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap, locked, group, next);
    }

    @Override public TableFrame withBounds(Rect b) {
        return new TableFrame(id, b, columns, rows, headerRows, bodyStyle, headerStyle, padding, outer,
                rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap, locked, group, next);
    }

    @Override public TableFrame withLocked(boolean l) {
        return new TableFrame(id, bounds, columns, rows, headerRows, bodyStyle, headerStyle, padding, outer,
                rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap, l, group, next);
    }

    @Override public TableFrame withGroup(String g) {
        return new TableFrame(id, bounds, columns, rows, headerRows, bodyStyle, headerStyle, padding, outer,
                rowRules, columnRules, headerRule, headerShade, textColumns, gap, wrap, locked, g, next);
    }

    @Override public String kind() { return "table"; }
}
