package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.layout.BoxMark;
import paiban.model.Edition;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableRuleKind;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.edit.AddFrame;
import paiban.ui.InLanguage;
import paiban.ui.edit.UndoStack;

/** The 表格 section edits a table frame: widths, alignments, rules, shading, header rows, a cell's alignment. */
@InLanguage("zh")
class TablePropertiesTest {
    final EditionDocument doc = TestEditions.document();
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas);

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name));
    }

    private TableFrame table() {
        return (TableFrame) doc.edition().page("p1").orElseThrow().frame("tb").orElseThrow();
    }

    private void addTable() {
        int body = TestEditions.T.bodySize();
        List<TableColumn> cols = List.of(TableColumn.chars(6, CellAlign.LEFT), TableColumn.chars(4, CellAlign.RIGHT));
        TableFrame t = TableFrame.of("tb", TestEditions.T.gridRect(0, 3, 55, 20), cols, List.of(
                List.of(new TableCell("指数"), new TableCell("收盘")),
                List.of(new TableCell("上证"), new TableCell("3,051.2"))));
        undo.apply(new AddFrame("p1", t));
        canvas.selectedFrameIdProperty().set("tb");
        assertTrue(body > 0);
    }

    @Test
    void widthsAlignmentsAndRulesAreEditedAndUndone() {
        addTable();
        Edition before = doc.edition();
        assertEquals("6 4", row("列宽（字）").value());
        assertTrue(vm.set(row("列宽（字）"), "7 3.5"));
        assertEquals(7.0, table().columns().get(0).chars());
        assertEquals(3.5, table().columns().get(1).chars());
        assertFalse(vm.set(row("列宽（字）"), "7"), "one width for two columns is refused");
        assertTrue(vm.refusalProperty().get().contains("2"), vm.refusalProperty().get());

        assertEquals("左 右", row("列对齐").value());
        assertTrue(vm.set(row("列对齐"), "左 小数点"));
        assertEquals(CellAlign.DECIMAL, table().columns().get(1).align());

        assertTrue(vm.set(row("行线"), "点线"));
        assertEquals(TableRuleKind.DOTTED, table().rowRules().kind());
        assertTrue(vm.set(row("外框粗细 (pt)"), 1.5));
        assertEquals(1500, table().outer().drawnWeight());

        assertFalse(table().headerShade() != null);
        assertTrue(vm.set(row("表头底纹"), true));
        assertEquals(TableRows.SHADE, table().headerShade());
        assertTrue(doc.layout().page("p1").orElseThrow().marks().stream()
                .anyMatch(m -> m instanceof BoxMark b && TableRows.SHADE.equals(b.fill())), "the header is shaded on the page");

        assertFalse(vm.set(row("表头行数"), 5), "more header rows than rows are refused");
        assertTrue(vm.set(row("表头行数"), 0));
        assertEquals(0, table().headerRows());

        for (int i = 0; i < 6; i++) undo.undo();
        assertEquals(before, doc.edition(), "each edit was one undo step");
    }

    @Test
    void theCellBeingTypedInHasItsOwnAlignment() {
        addTable();
        assertTrue(canvas.table().enter("tb", Integer.MIN_VALUE, Integer.MIN_VALUE));
        canvas.table().move(1, 1, false);
        assertEquals(1, canvas.table().cursor().row());
        PropertyRow align = row("对齐");
        assertEquals("随列", align.value());
        assertTrue(vm.set(align, "中"));
        assertEquals(CellAlign.CENTER, table().rows().get(1).get(1).align());
        assertEquals("3,051.2", table().rows().get(1).get(1).text());
    }
}
