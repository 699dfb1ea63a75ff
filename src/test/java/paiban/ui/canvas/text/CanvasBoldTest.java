package paiban.ui.canvas.text;

import paiban.edit.StoryLines;
import paiban.edit.LineCarets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

/** Ctrl+B in text mode on the canvas: 粗体 over the selection, off again, one undo step each. */
@InLanguage("zh")
class CanvasBoldTest {
    @Test
    void ctrlBBoldsTheSelectionAndUndoTakesItBack() {
        Edition e = TestEditions.twoPages();
        Story s = e.story("s1").orElseThrow();
        Edition original = e.withStory(s.withParagraphs(List.of(s.paragraphs().get(0),
                new Paragraph("正文", "本报讯（记者 林小河）今天上午，明城地铁三号线正式开通运营。"))));
        EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, original, null);
        UndoStack undo = new UndoStack(doc);
        CanvasViewModel canvas = new CanvasViewModel(doc, undo);
        CanvasTextModel text = canvas.text();
        LineBox first = StoryLines.of(doc.layout(), doc.edition().story("s1").orElseThrow()).lines().stream()
                .map(StoryLines.Placed::line).filter(l -> l.paragraph() == 1).findFirst().orElseThrow();
        assertTrue(text.enter("t1", LineCarets.caretX(first, first.start()) + 200, first.baseline() - 2000));
        assertFalse(text.toggleBold(), "nothing selected, nothing bold");
        for (int i = 0; i < 3; i++) text.right(true);
        assertTrue(text.toggleBold());
        assertEquals(List.of(new CharRun(0, 3, "粗体")), body(doc).runs());
        assertTrue(text.toggleBold());
        assertEquals(List.of(), body(doc).runs());
        undo.undo();
        assertEquals(List.of(new CharRun(0, 3, "粗体")), body(doc).runs());
        undo.undo();
        assertEquals(original.stories(), doc.edition().stories());
    }

    private static Paragraph body(EditionDocument doc) {
        return doc.edition().story("s1").orElseThrow().paragraphs().get(1);
    }
}
