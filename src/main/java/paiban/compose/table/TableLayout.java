package paiban.compose.table;

import java.util.List;

import paiban.layout.Mark;
import paiban.model.Rect;

/**
 * A composed table.
 *
 * @param marks       what to draw, back to front: header shading, cell text, inner rules, outer frames
 * @param columns     the text columns of the frame
 * @param segments    rectangle of the table in each text column it reached
 * @param rowsSet     body rows set (header rows repeated do not count)
 * @param oversetRows body rows that fit no column (超 N 行)
 * @param linesUsed   grid lines the table occupies in all columns
 * @param linesLeft   grid lines left free in the frame
 * @param cells       where each cell was set, once per text column it shows in (a repeated header again)
 */
public record TableLayout(List<Mark> marks, List<Rect> columns, List<Rect> segments, int rowsSet, int oversetRows,
                          int linesUsed, int linesLeft, List<CellBox> cells) {
    public TableLayout {
        marks = List.copyOf(marks);
        columns = List.copyOf(columns);
        segments = List.copyOf(segments);
        cells = List.copyOf(cells);
    }

    /** A cell's rectangle on the page: its first row and column, the last ones it spans, and the box. */
    public record CellBox(int row, int col, int lastRow, int lastCol, Rect box) {}

    /** The cell under a page point, if any. */
    public java.util.Optional<CellBox> cellAt(int x, int y) {
        for (CellBox c : cells) if (c.box().contains(x, y)) return java.util.Optional.of(c);
        return java.util.Optional.empty();
    }
}
