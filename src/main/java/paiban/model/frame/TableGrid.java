package paiban.model.frame;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each cell of a table sits: its first row and column, once the slots
 * that spanning cells cover are skipped.
 */
public final class TableGrid {
    /** A cell at row {@code row}, column {@code col} (0-based). */
    public record Placed(TableCell cell, int row, int col) {
        public int lastRow() { return row + cell.rowSpan() - 1; }

        public int lastCol() { return col + cell.colSpan() - 1; }
    }

    private final List<Placed> cells;

    private TableGrid(List<Placed> cells) {
        this.cells = List.copyOf(cells);
    }

    public List<Placed> cells() { return cells; }

    /**
     * @throws IllegalArgumentException naming the row and cell that runs past the last column
     */
    public static TableGrid of(int columns, List<List<TableCell>> rows) {
        int n = rows.size();
        boolean[][] used = new boolean[n][columns];
        List<Placed> out = new ArrayList<>();
        for (int r = 0; r < n; r++) {
            int c = 0;
            List<TableCell> row = rows.get(r);
            for (int k = 0; k < row.size(); k++) {
                TableCell cell = row.get(k);
                while (c < columns && used[r][c]) c++;
                if (c + cell.colSpan() > columns) {
                    throw new IllegalArgumentException("row " + (r + 1) + ", cell " + (k + 1) + " runs past the table's "
                            + columns + " columns");
                }
                for (int rr = r; rr < Math.min(n, r + cell.rowSpan()); rr++) {
                    for (int cc = c; cc < c + cell.colSpan(); cc++) {
                        if (used[rr][cc]) {
                            throw new IllegalArgumentException("row " + (r + 1) + ", cell " + (k + 1)
                                    + " overlaps a merged cell");
                        }
                        used[rr][cc] = true;
                    }
                }
                out.add(new Placed(cell, r, c));
                c += cell.colSpan();
            }
        }
        return new TableGrid(out);
    }
}
