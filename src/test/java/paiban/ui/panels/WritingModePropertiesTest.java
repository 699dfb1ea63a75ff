package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** The 排法 row: a text frame switched to 竖排 is set in vertical columns, and the switch is one undo step. */
@InLanguage("zh")
class WritingModePropertiesTest {
    final EditionDocument doc = TestEditions.document();
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas);

    private PropertyRow row() {
        return vm.row("排法").orElseThrow(() -> new AssertionError("no 排法 row"));
    }

    private List<LineBox> lines() {
        return doc.layout().page("p1").orElseThrow().lines().stream().filter(l -> "s1".equals(l.storyId())).toList();
    }

    @Test
    void aTextFrameSwitchedToVerticalIsSetInColumnsAndUndone() {
        canvas.selectedFrameIdProperty().set("t1");
        Edition saved = doc.edition();
        assertEquals("横排", row().value());
        assertEquals(List.of("横排", "竖排"), row().choices().orElseThrow());
        assertTrue(lines().stream().noneMatch(LineBox::vertical));
        vm.set(row(), "竖排");
        TextFrame t1 = (TextFrame) doc.edition().page("p1").orElseThrow().frame("t1").orElseThrow();
        assertEquals(WritingMode.VERTICAL, t1.writingMode());
        assertEquals("竖排", row().value());
        assertFalse(lines().isEmpty());
        assertTrue(lines().stream().allMatch(LineBox::vertical), "the story's lines are columns now");
        assertFalse(vm.set(row(), "斜排"), "a mode that does not exist is refused");
        assertEquals(1, undo.depth());
        undo.undo();
        assertTrue(saved.equals(doc.edition()), "undone, the edition is as before");
        assertTrue(lines().stream().noneMatch(LineBox::vertical));
    }
}
