package paiban.model.frame;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Edits of a table's shape, each returning a new table: a cell's text, rows
 * and columns added or removed, cells merged and split, a column's width.
 * Works on the placed cells (row, column, spans) and writes the rows back
 * left to right, filling every slot no cell covers with an empty cell, so a
 * merged cell that an inserted row or column crosses grows with it.
 */
public final class TableShape {
    private TableShape() {}

    /** A placed cell that may be moved and resized. */
    private record Slot(TableCell cell, int row, int col) {
        int lastRow() { return row + cell.rowSpan() - 1; }

        int lastCol() { return col + cell.colSpan() - 1; }

        Slot spans(int rows, int cols) {
            return new Slot(new TableCell(cell.text(), cell.style(), cell.align(), rows, cols), row, col);
        }
    }

    private static List<Slot> slots(TableFrame t) {
        List<Slot> out = new ArrayList<>();
        for (TableGrid.Placed p : t.grid().cells()) out.add(new Slot(p.cell(), p.row(), p.col()));
        return out;
    }

    /** Rows from placed cells; spans cut to the table, slots nobody covers get an empty cell. */
    private static List<List<TableCell>> rows(List<Slot> slots, int rowCount, int colCount) {
        boolean[][] used = new boolean[rowCount][colCount];
        List<Slot> all = new ArrayList<>();
        for (Slot s : slots) {
            if (s.row() >= rowCount || s.col() >= colCount) continue;
            int rows = Math.min(s.cell().rowSpan(), rowCount - s.row());
            int cols = Math.min(s.cell().colSpan(), colCount - s.col());
            Slot cut = s.spans(rows, cols);
            all.add(cut);
            for (int r = cut.row(); r <= cut.lastRow(); r++) for (int c = cut.col(); c <= cut.lastCol(); c++) used[r][c] = true;
        }
        for (int r = 0; r < rowCount; r++) {
            for (int c = 0; c < colCount; c++) if (!used[r][c]) all.add(new Slot(new TableCell(""), r, c));
        }
        all.sort(Comparator.comparingInt(Slot::row).thenComparingInt(Slot::col));
        List<List<TableCell>> out = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) out.add(new ArrayList<>());
        for (Slot s : all) out.get(s.row()).add(s.cell());
        return out;
    }

    /** The cell covering slot (row, col), empty when none does. */
    public static java.util.Optional<TableGrid.Placed> cellAt(TableFrame t, int row, int col) {
        for (TableGrid.Placed p : t.grid().cells()) {
            if (row >= p.row() && row <= p.lastRow() && col >= p.col() && col <= p.lastCol()) return java.util.Optional.of(p);
        }
        return java.util.Optional.empty();
    }

    /** The text of the cell covering (row, col) replaced. */
    public static TableFrame setText(TableFrame t, int row, int col, String text) {
        List<Slot> out = new ArrayList<>();
        boolean found = false;
        for (Slot s : slots(t)) {
            boolean hit = row >= s.row() && row <= s.lastRow() && col >= s.col() && col <= s.lastCol();
            found |= hit;
            out.add(hit ? new Slot(s.cell().withText(text), s.row(), s.col()) : s);
        }
        // a short row of a file left this slot without a cell: it gets one
        if (!found) out.add(new Slot(new TableCell(text), row, col));
        return t.withRows(rows(out, t.rows().size(), t.columns().size()), t.headerRows());
    }

    /** An empty row inserted before row {@code at} (0 to the row count); a header grows when it is inserted in it. */
    public static TableFrame insertRow(TableFrame t, int at) {
        if (at < 0 || at > t.rows().size()) throw new IllegalArgumentException("no row " + at);
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(t)) {
            if (s.row() >= at) out.add(new Slot(s.cell(), s.row() + 1, s.col()));
            else if (s.lastRow() >= at) out.add(s.spans(s.cell().rowSpan() + 1, s.cell().colSpan()));
            else out.add(s);
        }
        int header = at < t.headerRows() ? t.headerRows() + 1 : t.headerRows();
        return t.withRows(rows(out, t.rows().size() + 1, t.columns().size()), header);
    }

    /** Row {@code at} removed; a cell merged across it shrinks by a row. A table keeps at least one row. */
    public static TableFrame removeRow(TableFrame t, int at) {
        int n = t.rows().size();
        if (at < 0 || at >= n) throw new IllegalArgumentException("no row " + at);
        if (n == 1) throw new IllegalArgumentException("a table keeps at least one row");
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(t)) {
            if (s.row() > at) out.add(new Slot(s.cell(), s.row() - 1, s.col()));
            else if (s.lastRow() >= at && s.cell().rowSpan() > 1) out.add(s.spans(s.cell().rowSpan() - 1, s.cell().colSpan()));
            else if (s.row() != at) out.add(s);
        }
        int header = at < t.headerRows() ? t.headerRows() - 1 : t.headerRows();
        return t.withRows(rows(out, n - 1, t.columns().size()), header);
    }

    /** A column inserted before column {@code at}, as wide and aligned as its neighbour. */
    public static TableFrame insertColumn(TableFrame t, int at) {
        int m = t.columns().size();
        if (at < 0 || at > m) throw new IllegalArgumentException("no column " + at);
        List<TableColumn> cols = new ArrayList<>(t.columns());
        TableColumn like = cols.get(Math.min(at, m - 1));
        cols.add(at, like);
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(t)) {
            if (s.col() >= at) out.add(new Slot(s.cell(), s.row(), s.col() + 1));
            else if (s.lastCol() >= at) out.add(s.spans(s.cell().rowSpan(), s.cell().colSpan() + 1));
            else out.add(s);
        }
        return t.withColumns(cols, rows(out, t.rows().size(), m + 1));
    }

    /** Column {@code at} removed; a table keeps at least one column. */
    public static TableFrame removeColumn(TableFrame t, int at) {
        int m = t.columns().size();
        if (at < 0 || at >= m) throw new IllegalArgumentException("no column " + at);
        if (m == 1) throw new IllegalArgumentException("a table keeps at least one column");
        List<TableColumn> cols = new ArrayList<>(t.columns());
        cols.remove(at);
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(t)) {
            if (s.col() > at) out.add(new Slot(s.cell(), s.row(), s.col() - 1));
            else if (s.lastCol() >= at && s.cell().colSpan() > 1) out.add(s.spans(s.cell().rowSpan(), s.cell().colSpan() - 1));
            else if (s.col() != at) out.add(s);
        }
        return t.withColumns(cols, rows(out, t.rows().size(), m - 1));
    }

    /**
     * The cells of rows r0..r1 and columns c0..c1 merged into one, which keeps
     * the first cell's style and the texts of all cells, in reading order.
     *
     * @throws IllegalArgumentException when a merged cell sticks out of the area
     */
    public static TableFrame merge(TableFrame t, int r0, int c0, int r1, int c1) {
        if (r0 > r1 || c0 > c1 || r0 < 0 || c0 < 0 || r1 >= t.rows().size() || c1 >= t.columns().size()) {
            throw new IllegalArgumentException("no such cells");
        }
        List<Slot> out = new ArrayList<>();
        List<Slot> inside = new ArrayList<>();
        for (Slot s : slots(t)) {
            boolean meets = s.row() <= r1 && s.lastRow() >= r0 && s.col() <= c1 && s.lastCol() >= c0;
            if (!meets) {
                out.add(s);
                continue;
            }
            if (s.row() < r0 || s.lastRow() > r1 || s.col() < c0 || s.lastCol() > c1) {
                throw new IllegalArgumentException("a merged cell reaches out of the cells to merge");
            }
            inside.add(s);
        }
        inside.sort(Comparator.comparingInt(Slot::row).thenComparingInt(Slot::col));
        StringBuilder text = new StringBuilder();
        for (Slot s : inside) text.append(s.cell().text());
        TableCell first = inside.get(0).cell();
        out.add(new Slot(new TableCell(text.toString(), first.style(), first.align(), r1 - r0 + 1, c1 - c0 + 1), r0, c0));
        return t.withRows(rows(out, t.rows().size(), t.columns().size()), t.headerRows());
    }

    /** The merged cell covering (row, col) split back into single cells; the first keeps the text. */
    public static TableFrame split(TableFrame t, int row, int col) {
        List<Slot> out = new ArrayList<>();
        for (Slot s : slots(t)) {
            boolean hit = row >= s.row() && row <= s.lastRow() && col >= s.col() && col <= s.lastCol();
            out.add(hit ? s.spans(1, 1) : s);
        }
        return t.withRows(rows(out, t.rows().size(), t.columns().size()), t.headerRows());
    }

    /** Column {@code col} set to {@code mpt} millipoints wide (at least 1 pt). */
    public static TableFrame setColumnWidth(TableFrame t, int col, int mpt) {
        List<TableColumn> cols = new ArrayList<>(t.columns());
        cols.set(col, cols.get(col).withWidth(Math.max(1000, mpt)));
        return t.withColumns(cols, t.rows());
    }

    /** Column {@code col} replaced (width, alignment, style). */
    public static TableFrame setColumn(TableFrame t, int col, TableColumn c) {
        List<TableColumn> cols = new ArrayList<>(t.columns());
        cols.set(col, c);
        return t.withColumns(cols, t.rows());
    }
}
