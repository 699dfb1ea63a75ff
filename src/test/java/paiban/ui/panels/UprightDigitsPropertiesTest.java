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

/** A paragraph style's 纵中横 digits (竖排) in the properties panel: shown, set, refused out of range, undone. */
@InLanguage("zh")
class UprightDigitsPropertiesTest {
    static final String ROW = "竖排纵中横位数 (0–4)";
    EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, StylePropertiesTest.SAMPLE, null);
    UndoStack undo = new UndoStack(doc);
    CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final SimpleStringProperty caret = new SimpleStringProperty("正文");
    PropertiesViewModel vm;

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name + " in "
                + vm.rows().stream().map(PropertyRow::name).toList()));
    }

    private ParagraphStyle body() { return doc.edition().styles().find("正文").orElseThrow(); }

    @Test
    void theBodysUprightDigitsShowEditAndUndo() {
        vm = new PropertiesViewModel(canvas, caret);
        assertEquals(ParagraphStyle.DEFAULT_UPRIGHT_DIGITS, row(ROW).value());
        assertTrue(vm.set(row(ROW), 2));
        assertEquals(2, body().uprightDigits());
        assertEquals(2, row(ROW).value(), "the row shows the new value");
        assertTrue(vm.set(row(ROW), 0));
        assertEquals(0, body().uprightDigits(), "0: every number turned on its side");
        assertFalse(vm.set(row(ROW), 5));
        assertTrue(vm.refusalProperty().get().contains("竖排纵中横位数"), vm.refusalProperty().get());
        assertFalse(vm.set(row(ROW), 1.5));
        assertEquals(0, body().uprightDigits(), "a refused value changes nothing");
        undo.undo();
        assertEquals(2, body().uprightDigits());
        undo.undo();
        assertEquals(StylePropertiesTest.SAMPLE.styles().find("正文").orElseThrow(), body());
    }

    @Test
    @InLanguage("en")
    void theRowIsNamedInEnglishToo() {
        vm = new PropertiesViewModel(canvas, caret);
        assertTrue(vm.set(row("Upright digits in vertical text (0-4)"), 4));
        assertEquals(4, body().uprightDigits());
        assertFalse(vm.set(row("Upright digits in vertical text (0-4)"), -1));
        assertTrue(vm.refusalProperty().get().contains("from 0 to 4"), vm.refusalProperty().get());
    }
}
