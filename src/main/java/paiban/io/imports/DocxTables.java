package paiban.io.imports;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGridCol;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTVMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import paiban.model.frame.TableCell;

/**
 * A Word table read into rows of cells: a cell's {@code gridSpan} is its
 * column span; a {@code vMerge} that restarts opens a cell that the
 * continuing cells below it in the same grid column join (its row span
 * grows, they leave no cell). A cell's paragraphs are joined by a space.
 * Rows marked to repeat as a header ({@code tblHeader}) at the top are the
 * header; a table with none gets one header row, as the CSV import does.
 */
final class DocxTables {
    private DocxTables() {}

    /** A cell being built: where it starts and how far it reaches. */
    private static final class Open {
        final String text;
        final int row, col, colSpan;
        int rowSpan = 1;

        Open(String text, int row, int col, int colSpan) {
            this.text = text;
            this.row = row;
            this.col = col;
            this.colSpan = colSpan;
        }
    }

    static ImportedTable read(XWPFTable t, int afterParagraph) {
        List<Open> cells = new ArrayList<>();
        List<Open> above = new ArrayList<>(); // by grid column: the cell a vMerge continues
        int width = 0;
        int header = 0;
        boolean headerRun = true;
        for (int r = 0; r < t.getNumberOfRows(); r++) {
            XWPFTableRow row = t.getRow(r);
            if (headerRun && row.isRepeatHeader()) header++;
            else headerRun = false;
            int c = 0;
            for (XWPFTableCell cell : row.getTableCells()) {
                CTTcPr pr = cell.getCTTc().getTcPr();
                int span = 1;
                if (pr != null && pr.isSetGridSpan() && pr.getGridSpan().getVal() != null) {
                    span = Math.max(1, pr.getGridSpan().getVal().intValue());
                }
                CTVMerge v = pr != null && pr.isSetVMerge() ? pr.getVMerge() : null;
                boolean continues = v != null && (v.getVal() == null || v.getVal() == STMerge.CONTINUE);
                while (above.size() < c + span) above.add(null);
                Open up = above.get(c);
                if (continues && up != null && up.col == c && up.colSpan == span) {
                    up.rowSpan = r - up.row + 1;
                } else {
                    Open o = new Open(text(cell), r, c, span);
                    cells.add(o);
                    for (int k = c; k < c + span; k++) above.set(k, o);
                }
                c += span;
            }
            for (int k = c; k < above.size(); k++) above.set(k, null);
            width = Math.max(width, c);
        }
        int rowCount = t.getNumberOfRows();
        List<Integer> widths = gridWidths(t, width);
        boolean[][] used = new boolean[rowCount][width];
        for (Open o : cells) {
            for (int r = o.row; r < o.row + o.rowSpan; r++) for (int c = o.col; c < o.col + o.colSpan; c++) used[r][c] = true;
        }
        List<List<TableCell>> rows = new ArrayList<>();
        for (int r = 0; r < rowCount; r++) rows.add(new ArrayList<>());
        // cells in reading order; ragged rows are filled with empty cells
        List<Open> all = new ArrayList<>(cells);
        for (int r = 0; r < rowCount; r++) for (int c = 0; c < width; c++) if (!used[r][c]) all.add(new Open("", r, c, 1));
        all.sort(java.util.Comparator.<Open>comparingInt(o -> o.row).thenComparingInt(o -> o.col));
        for (Open o : all) rows.get(o.row).add(new TableCell(o.text, "", null, o.rowSpan, o.colSpan));
        return new ImportedTable(afterParagraph, widths, rows, header == 0 ? Math.min(1, rowCount) : header);
    }

    private static String text(XWPFTableCell cell) {
        StringBuilder s = new StringBuilder();
        for (var p : cell.getParagraphs()) {
            String t = p.getText().replaceAll("\\s+", " ").strip();
            if (t.isEmpty()) continue;
            if (s.length() > 0) s.append(' ');
            s.append(t);
        }
        return s.toString();
    }

    /** The widths of the table's grid columns ({@code w:tblGrid}), 0 each when the document gives none. */
    private static List<Integer> gridWidths(XWPFTable t, int width) {
        List<Integer> out = new ArrayList<>();
        var grid = t.getCTTbl().getTblGrid();
        if (grid != null && grid.sizeOfGridColArray() == width) {
            for (CTTblGridCol col : grid.getGridColList()) {
                Object w = col.isSetW() ? col.getW() : null;
                out.add(w instanceof BigInteger b ? b.intValue() : 0);
            }
        }
        if (out.size() != width || out.contains(0)) {
            out.clear();
            for (int c = 0; c < width; c++) out.add(0);
        }
        return out;
    }
}
