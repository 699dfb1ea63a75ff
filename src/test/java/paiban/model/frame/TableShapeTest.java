package paiban.model.frame;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.Rect;

class TableShapeTest {
    /** A table of {@code rows} × {@code cols} whose cells say where they are ("r,c"), one header row. */
    private static TableFrame table(int rows, int cols) {
        List<TableColumn> columns = new ArrayList<>();
        for (int c = 0; c < cols; c++) columns.add(new TableColumn(20_000, 0, CellAlign.LEFT, ""));
        List<List<TableCell>> cells = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            List<TableCell> row = new ArrayList<>();
            for (int c = 0; c < cols; c++) row.add(new TableCell(r + "," + c));
            cells.add(row);
        }
        return TableFrame.of("t", new Rect(0, 0, 100_000, 100_000), columns, cells);
    }

    private static String at(TableFrame t, int r, int c) {
        TableGrid.Placed p = TableShape.cellAt(t, r, c).orElseThrow();
        return p.cell().text() + (p.row() == r && p.col() == c ? "" : "^");
    }

    @Test
    void typingReplacesTheTextOfTheCellCoveringASlot() {
        TableFrame t = TableShape.merge(table(3, 3), 1, 0, 2, 0);
        TableFrame typed = TableShape.setText(t, 2, 0, "上证");
        assertEquals("上证", TableShape.cellAt(typed, 1, 0).orElseThrow().cell().text());
        assertEquals("1,1", at(typed, 1, 1));
    }

    @Test
    void aSlotAShortRowLeftEmptyGetsACellWhenTypedIn() {
        TableFrame shortRow = table(2, 3).withRows(List.of(
                List.of(new TableCell("a"), new TableCell("b"), new TableCell("c")), List.of(new TableCell("d"))), 1);
        TableFrame typed = TableShape.setText(shortRow, 1, 2, "新");
        assertEquals(List.of("d", "", "新"), typed.rows().get(1).stream().map(TableCell::text).toList());
    }

    @Test
    void mergeJoinsTheTextsAndSplitGivesSingleCellsBack() {
        TableFrame m = TableShape.merge(table(3, 3), 1, 1, 2, 2);
        TableGrid.Placed p = TableShape.cellAt(m, 2, 2).orElseThrow();
        assertEquals(1, p.row());
        assertEquals(1, p.col());
        assertEquals(2, p.cell().rowSpan());
        assertEquals(2, p.cell().colSpan());
        assertEquals("1,11,22,12,2", p.cell().text());
        assertEquals(2, m.rows().get(1).size(), "row 2 holds its first cell and the merged one");
        assertEquals(1, m.rows().get(2).size(), "row 3 holds only its first cell");

        TableFrame s = TableShape.split(m, 2, 2);
        assertEquals(List.of(3, 3, 3), s.rows().stream().map(List::size).toList());
        assertEquals("1,11,22,12,2", at(s, 1, 1));
        assertEquals("", at(s, 2, 2));
    }

    @Test
    void aMergeThatWouldCutAMergedCellIsRefused() {
        TableFrame m = TableShape.merge(table(3, 3), 0, 0, 1, 1);
        assertThrows(IllegalArgumentException.class, () -> TableShape.merge(m, 1, 1, 2, 2));
    }

    @Test
    void aRowInsertedThroughAMergedCellMakesItTaller() {
        TableFrame m = TableShape.merge(table(3, 2), 1, 0, 2, 0);
        TableFrame t = TableShape.insertRow(m, 2);
        assertEquals(4, t.rows().size());
        assertEquals(3, TableShape.cellAt(t, 1, 0).orElseThrow().cell().rowSpan());
        assertEquals("1,02,0^", at(t, 3, 0));
        assertEquals("", at(t, 2, 1), "the new row's free slot is an empty cell");
        assertEquals("2,1", at(t, 3, 1));
        assertEquals(1, t.headerRows());
    }

    @Test
    void aRowInsertedInTheHeaderGrowsIt() {
        TableFrame t = TableShape.insertRow(table(3, 2), 0);
        assertEquals(2, t.headerRows());
        assertEquals("", at(t, 0, 0));
        assertEquals("0,0", at(t, 1, 0));
    }

    @Test
    void removingARowShrinksAMergedCellAndKeepsItsText() {
        TableFrame m = TableShape.merge(table(4, 2), 1, 0, 2, 0);
        TableFrame t = TableShape.removeRow(m, 1);
        assertEquals(3, t.rows().size());
        assertEquals("1,02,0", at(t, 1, 0));
        assertEquals(1, TableShape.cellAt(t, 1, 0).orElseThrow().cell().rowSpan());
        assertEquals("2,1", at(t, 1, 1));
        assertEquals("3,0", at(t, 2, 0));
        assertThrows(IllegalArgumentException.class, () -> TableShape.removeRow(table(1, 2), 0));
        assertEquals(0, TableShape.removeRow(table(2, 2), 0).headerRows(), "the only header row removed");
    }

    @Test
    void columnsInsertedAndRemoved() {
        TableFrame m = TableShape.merge(table(2, 3), 0, 0, 0, 1);
        TableFrame t = TableShape.insertColumn(m, 1);
        assertEquals(4, t.columns().size());
        assertEquals(3, TableShape.cellAt(t, 0, 0).orElseThrow().cell().colSpan(), "the merged header spans the new column");
        assertEquals("", at(t, 1, 1));
        assertEquals("1,1", at(t, 1, 2));
        TableFrame back = TableShape.removeColumn(t, 1);
        assertEquals(m.rows(), back.rows());
        TableFrame last = TableShape.insertColumn(table(2, 2), 2);
        assertEquals("", at(last, 0, 2));
        assertThrows(IllegalArgumentException.class, () -> TableShape.removeColumn(table(2, 1), 0));
    }

    @Test
    void aColumnWidthIsSetInMillipointsAndAtLeastOnePoint() {
        TableFrame t = TableShape.setColumnWidth(table(2, 2), 1, 33_000);
        assertEquals(33_000, t.columns().get(1).resolve(9000));
        assertEquals(1000, TableShape.setColumnWidth(t, 0, -5).columns().get(0).resolve(9000));
    }
}
