package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

class StoryEditorViewModelTest {
    final EditionDocument doc = TestEditions.document();
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final StoryEditorViewModel vm = new StoryEditorViewModel(canvas);

    @BeforeAll
    static void chinese() {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
    }

    @Test
    void theStoryOfTheSelectedFrame() {
        assertNull(vm.story());
        canvas.selectedFrameIdProperty().set("t1");
        assertEquals("s1", vm.story().id());
        canvas.selectedFrameIdProperty().set("ad1");
        assertNull(vm.story());
    }

    @Test
    void typingIsOneUndoStepAndTheCopyfitFollows() {
        canvas.selectedFrameIdProperty().set("t1");
        String before = StoryText.of(vm.story());
        int chars = vm.fit().orElseThrow().characters();
        vm.setText(before + "新");
        vm.setText(before + "新增");
        vm.setText(before + "新增一句。");
        assertEquals(before + "新增一句。", doc.edition().story("s1").orElseThrow().text());
        assertEquals(chars + 5, vm.fit().orElseThrow().characters());
        assertTrue(vm.copyfitProperty().get().contains("/ " + (chars + 5) + " 字"), vm.copyfitProperty().get());
        assertEquals(1, undo.depth());
        undo.undo();
        assertEquals(before, doc.edition().story("s1").orElseThrow().text());
    }

    @Test
    void aParagraphGetsAnotherStyle() {
        canvas.selectedFrameIdProperty().set("t1");
        vm.setStyle(1, "小标题");
        assertEquals("小标题", doc.edition().story("s1").orElseThrow().paragraphs().get(1).style());
        vm.setStyle(1, "小标题");
        assertEquals(1, undo.depth());
    }
}
