package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.edit.AddFrame;
import paiban.model.Edition;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** The 表格 section's 续表框 row links a table to the table frame it continues in. */
@InLanguage("zh")
class TableChainPropertiesTest {
    final EditionDocument doc = TestEditions.document();
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas);

    private PropertyRow row() {
        return vm.row("续表框").orElseThrow(() -> new AssertionError("no 续表框 row"));
    }

    private TableFrame table(String id) {
        return (TableFrame) doc.edition().page("p1").orElseThrow().frame(id).orElseThrow();
    }

    private void addTables() {
        List<TableColumn> cols = List.of(TableColumn.chars(6, CellAlign.LEFT), TableColumn.chars(4, CellAlign.RIGHT));
        List<List<TableCell>> rows = new ArrayList<>();
        rows.add(List.of(new TableCell("指数"), new TableCell("收盘")));
        for (int i = 0; i < 30; i++) rows.add(List.of(new TableCell("品种" + i), new TableCell(i + ".5")));
        undo.apply(new AddFrame("p1", TableFrame.of("tb", TestEditions.T.gridRect(0, 2, 55, 8), cols, rows)));
        undo.apply(new AddFrame("p1", TableFrame.of("tb2", TestEditions.T.gridRect(3, 2, 55, 40), cols,
                List.of(List.of(new TableCell("空"), new TableCell("空"))))));
    }

    @Test
    void aTableIsLinkedToItsContinuationAndUndone() {
        addTables();
        canvas.selectedFrameIdProperty().set("tb");
        Edition before = doc.edition();
        assertEquals("无", row().value());
        assertTrue(row().choices().orElseThrow().contains("tb2"), row().choices().toString());
        assertTrue(vm.set(row(), "tb2"));
        assertEquals("tb2", table("tb").next());
        assertEquals("tb2", row().value());
        // the continuation sets the rows left over, with the header repeated; its own rows are ignored
        List<String> texts = doc.layout().page("p1").orElseThrow().lines().stream()
                .filter(l -> table("tb2").bounds().contains(l.x(), l.baseline())).map(l -> l.text()).toList();
        assertTrue(texts.contains("指数") && texts.contains("品种29") && !texts.contains("空"), texts.toString());

        // cell mode is for the first frame: the continuation's own rows are not typed in
        assertFalse(canvas.table().enter("tb2", 0, 0), "no cell mode in a continuation frame");
        assertTrue(canvas.table().enter("tb", 0, 0));
        canvas.table().leave();

        // from tb2, linking back to tb would make a loop: not offered, and refused when typed
        canvas.selectedFrameIdProperty().set("tb2");
        assertFalse(row().choices().orElseThrow().contains("tb"), row().choices().toString());
        assertFalse(vm.set(row(), "tb"));
        assertEquals("", table("tb2").next());

        undo.undo();
        assertEquals(before, doc.edition(), "the link was one undo step");
    }
}
