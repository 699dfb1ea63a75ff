package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;


import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.Test;
import paiban.model.style.ParagraphStyle;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** The lines a paragraph style keeps together (背题, widows, orphans) in the properties panel, undoable. */
@InLanguage("zh")
class KeepPropertiesTest {
    EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, StylePropertiesTest.SAMPLE, null);
    UndoStack undo = new UndoStack(doc);
    CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final SimpleStringProperty caret = new SimpleStringProperty("小标题");
    PropertiesViewModel vm;

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name + " in "
                + vm.rows().stream().map(PropertyRow::name).toList()));
    }

    private ParagraphStyle subhead() { return doc.edition().styles().find("小标题").orElseThrow(); }

    @Test
    void theSubheadsKeepShowsEditsAndUndoes() {
        vm = new PropertiesViewModel(canvas, caret);
        assertEquals(2, row("背题：其后至少 (行)").value());
        assertEquals(0, row("段首至少 (行)").value());
        assertTrue(vm.set(row("背题：其后至少 (行)"), 3));
        assertEquals(3, subhead().keepWithNextLines());
        assertTrue(vm.set(row("段末至少 (行)"), 2));
        assertEquals(2, subhead().keepLastLines());
        assertEquals(3, subhead().keepWithNextLines(), "one setting leaves the others");
        assertTrue(vm.set(row("字号 (磅)"), 10.0));
        assertEquals(3, subhead().keepWithNextLines(), "another row of the style keeps the kept lines");
        assertFalse(vm.set(row("段首至少 (行)"), -1));
        assertTrue(vm.refusalProperty().get().contains("段首至少"), vm.refusalProperty().get());
        undo.undo();
        undo.undo();
        undo.undo();
        assertEquals(StylePropertiesTest.SAMPLE.styles().find("小标题").orElseThrow(), subhead());
    }
}
