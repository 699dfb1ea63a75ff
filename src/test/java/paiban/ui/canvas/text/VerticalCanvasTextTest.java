package paiban.ui.canvas.text;

import paiban.edit.StoryLines;
import paiban.edit.LineCarets;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.frame.WritingMode;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.edit.SetWritingMode;
import paiban.edit.StoryOffset;
import paiban.ui.InLanguage;
import paiban.ui.edit.UndoStack;

/** Text mode in a frame switched to 竖排: a click finds the character down the column, typing goes there, undo. */
@InLanguage("zh")
class VerticalCanvasTextTest {
    EditionDocument doc;
    Edition original;
    UndoStack undo;
    CanvasTextModel text;

    @BeforeEach
    void setUp() {
        original = TestEditions.twoPages();
        doc = new EditionDocument(TestEditions.COMPOSER, original, null);
        undo = new UndoStack(doc);
        CanvasViewModel canvas = new CanvasViewModel(doc, undo);
        text = canvas.text();
    }

    @Test
    void typingInAVerticalFrameGoesWhereTheClickWasAndUndoes() {
        undo.apply(new SetWritingMode("p1", "t1", WritingMode.VERTICAL));
        StoryLines lines = StoryLines.of(doc.layout(), doc.edition().story("s1").orElseThrow());
        // a body column in the frame (not the display lines at the story's start)
        LineBox l = lines.lines().stream().map(StoryLines.Placed::line)
                .filter(b -> b.paragraph() > 0 && b.end() - b.start() > 8).findFirst().orElseThrow();
        assertTrue(l.vertical());
        int k = 4;
        int y = LineCarets.caretX(l, l.start() + k) + 200; // page y, just below the boundary
        assertTrue(text.enter("t1", l.baseline() + 100, y));
        assertEquals(new StoryOffset(l.paragraph(), l.start() + k), text.caret().caret());
        CanvasTextModel.CaretPlace place = text.caretPlace().orElseThrow();
        assertTrue(place.vertical(), "the caret crosses the column");
        assertEquals(LineCarets.caretX(l, l.start() + k), place.x());
        assertTrue(place.top() < l.baseline() && l.baseline() < place.bottom());
        assertTrue(text.caretInVerticalText());

        String before = doc.edition().story("s1").orElseThrow().paragraphs().get(l.paragraph()).text();
        text.type("春");
        String after = doc.edition().story("s1").orElseThrow().paragraphs().get(l.paragraph()).text();
        assertEquals(before.substring(0, l.start() + k) + "春" + before.substring(l.start() + k), after);
        assertTrue(text.caretPlace().orElseThrow().x() > place.x(), "the caret moved down the column");

        // Down is the next character in vertical text, as Right is in horizontal text
        StoryOffset at = text.caret().caret();
        text.right(false);
        assertEquals(at.offset() + 1, text.caret().caret().offset());

        undo.undo();
        undo.undo();
        assertTrue(original.equals(doc.edition()), "typing and the switch undone");
    }
}
