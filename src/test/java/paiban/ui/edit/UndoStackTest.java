package paiban.ui.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Random;

import org.junit.jupiter.api.Test;
import paiban.edit.MoveFrame;
import paiban.edit.MovePage;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;

class UndoStackTest {
    final EditionDocument doc = TestEditions.document();
    final UndoStack undo = new UndoStack(doc);

    private Rect bounds(String pageId, String frameId) {
        return doc.edition().page(pageId).orElseThrow().frame(frameId).orElseThrow().bounds();
    }

    @Test
    void moveFrameAndBack() {
        Rect old = bounds("p1", "t1");
        Rect to = old.moved(9000, 13500);
        undo.apply(new MoveFrame("p1", "t1", to));
        assertEquals(to, bounds("p1", "t1"));
        assertTrue(undo.canUndoProperty().get());
        assertFalse(undo.canRedoProperty().get());
        undo.undo();
        assertEquals(old, bounds("p1", "t1"));
        assertTrue(undo.canRedoProperty().get());
        undo.redo();
        assertEquals(to, bounds("p1", "t1"));
    }

    @Test
    void movePageRenumbersAndUndoes() {
        Edition before = doc.edition();
        undo.apply(new MovePage(1, 0));
        assertEquals("p2", doc.edition().pages().get(0).id());
        assertEquals("p2", doc.layout().pages().get(0).pageId());
        undo.undo();
        assertEquals(before.pages(), doc.edition().pages());
    }

    @Test
    void aNewEditClearsRedo() {
        undo.apply(new MovePage(1, 0));
        undo.undo();
        undo.apply(new MoveFrame("p1", "t1", bounds("p1", "t1").moved(1000, 0)));
        assertFalse(undo.canRedoProperty().get());
        undo.redo(); // nothing to redo: no change
        assertEquals("p1", doc.edition().pages().get(0).id());
    }

    @Test
    void undoingEverythingGivesBackTheSameEdition() {
        Edition start = doc.edition();
        Random random = new Random(42);
        String[] frames = {"t1", "hl1", "img1", "ad1", "r1"};
        for (int i = 0; i < 50; i++) {
            if (random.nextInt(4) == 0) {
                undo.apply(new MovePage(random.nextInt(2), random.nextInt(2)));
            } else {
                String f = frames[random.nextInt(frames.length)];
                String page = doc.edition().page("p1").isPresent() ? "p1" : "p1";
                undo.apply(new MoveFrame(page, f, bounds(page, f).moved(random.nextInt(20_000) - 10_000,
                        random.nextInt(20_000) - 10_000)));
            }
        }
        assertEquals(50, undo.depth());
        while (undo.canUndoProperty().get()) undo.undo();
        assertEquals(start, doc.edition());
    }

    @Test
    void badChangesSayWhatIsMissingAndChangeNothing() {
        Edition start = doc.edition();
        var e = assertThrows(IllegalArgumentException.class, () -> undo.apply(new MoveFrame("p1", "nope", new Rect(0, 0, 1, 1))));
        assertTrue(e.getMessage().contains("nope"));
        assertThrows(IllegalArgumentException.class, () -> undo.apply(new MovePage(0, 5)));
        assertSame(start, doc.edition());
        assertFalse(undo.canUndoProperty().get());
    }

    @Test
    void openingAnotherFileForgetsTheHistory() {
        undo.apply(new MovePage(1, 0));
        doc.open(TestEditions.twoPages(), Path.of("other.json"));
        assertFalse(undo.canUndoProperty().get());
    }
}
