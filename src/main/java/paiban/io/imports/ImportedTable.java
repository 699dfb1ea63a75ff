package paiban.io.imports;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;

/**
 * A table read from a .docx, with its merged cells, for the place action to
 * set as a table frame.
 *
 * @param afterParagraph body paragraphs before it in the document
 * @param widths         each grid column's width in the document, twentieths of a point (0 when not given)
 * @param rows           the cells, row by row, leaving out slots a merged cell covers
 * @param headerRows     rows marked to repeat as a header in Word, else 1
 */
public record ImportedTable(int afterParagraph, List<Integer> widths, List<List<TableCell>> rows, int headerRows) {
    public ImportedTable {
        widths = List.copyOf(widths);
        rows = rows.stream().map(List::copyOf).toList();
    }

    /**
     * The table as a frame over {@code bounds}: the document's column widths
     * scaled to the frame's width (equal columns when the document gave
     * none), 反线 outside and 正线 inside; numeric columns aligned on the point.
     */
    public TableFrame toFrame(String id, Rect bounds) {
        int n = widths.size();
        long total = 0;
        for (int w : widths) total += w;
        List<TableColumn> cols = new ArrayList<>();
        int given = 0;
        for (int c = 0; c < n; c++) {
            int w = total > 0 ? (int) (bounds.width() * (long) widths.get(c) / total) : bounds.width() / n;
            if (c == n - 1) w = bounds.width() - given;
            given += w;
            cols.add(new TableColumn(Math.max(1, w), 0, numeric(c) ? CellAlign.DECIMAL : CellAlign.LEFT, ""));
        }
        return TableFrame.of(id, bounds, cols, rows).withRows(rows, Math.min(headerRows, rows.size()));
    }

    /** Whether every filled one-column body cell of column {@code c} is a number, and one is. */
    private boolean numeric(int c) {
        boolean any = false;
        for (paiban.model.frame.TableGrid.Placed p : paiban.model.frame.TableGrid.of(widths.size(), rows).cells()) {
            if (p.row() < headerRows || p.col() != c || p.cell().colSpan() != 1 || p.cell().text().isEmpty()) continue;
            if (!p.cell().text().matches("[-+]?[0-9,]*\\.?[0-9]+%?")) return false;
            any = true;
        }
        return any;
    }
}
