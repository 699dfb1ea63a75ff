package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.story.Paragraph;
import paiban.ui.TestEditions;

/** The plain undo history: no window, no properties. */
class HistoryTest {
    private final Edition start = TestEditions.twoPages();

    private Rect boundsOf(History h, String frame) {
        return h.edition().pages().get(0).frame(frame).orElseThrow().bounds();
    }

    @Test
    void undoAndRedoWalkTheChangesAndANewChangeClearsRedo() {
        History h = History.of(start);
        Rect was = boundsOf(h, "t1");
        h.apply(new MoveFrame("p1", "t1", was.moved(1000, 0)));
        h.apply(new MoveFrame("p1", "t1", was.moved(2000, 0)));
        assertEquals(2, h.depth());
        assertTrue(h.undo());
        assertEquals(was.moved(1000, 0), boundsOf(h, "t1"));
        assertTrue(h.undo());
        assertEquals(start, h.edition());
        assertFalse(h.undo(), "nothing left to undo");
        assertTrue(h.redo());
        assertEquals(1, h.redoDepth());
        h.apply(new MoveFrame("p1", "t1", was.moved(0, 3000)));
        assertFalse(h.canRedo(), "a new change forgets what could be redone");
        assertEquals(3, h.replays());
    }

    @Test
    void changesWithOneMergeKeyAreOneUndoStepUntilAnUndo() {
        History h = History.of(start);
        String story = start.stories().get(0).id();
        List<Paragraph> ps = start.stories().get(0).paragraphs();
        for (String typed : List.of("新", "新闻", "新闻稿")) {
            h.applyMerging(new SetStoryText(story, TextEdits.insert(ps, new StoryOffset(0, 0), typed).paragraphs()), "burst");
        }
        assertEquals(1, h.depth(), "a burst is one step");
        h.undo();
        assertEquals(start, h.edition(), "its undo goes back to before the burst");
        h.redo();
        h.applyMerging(new SetStoryText(story, ps), "burst");
        assertEquals(2, h.depth(), "after an undo or redo the same key starts a new step");
    }

    @Test
    void aChangeThatCannotApplyLeavesTheHistoryAsItWas() {
        History h = History.of(start);
        assertThrows(IllegalArgumentException.class, () -> h.apply(new MoveFrame("p1", "gone", new Rect(0, 0, 1, 1))));
        assertSame(start, h.edition());
        assertEquals(0, h.depth());
    }

    @Test
    void theHolderSeesEachEditionAndListenersHearEachStep() {
        List<Edition> shown = new ArrayList<>();
        Edition[] held = {start};
        History h = new History(() -> held[0], e -> { held[0] = e; shown.add(e); });
        int[] heard = {0};
        h.addListener(() -> heard[0]++);
        h.apply(new MovePage(1, 0));
        h.undo();
        h.redo();
        h.clear();
        assertEquals(3, shown.size());
        assertEquals(4, heard[0]);
        assertFalse(h.canUndo());
        assertFalse(h.canRedo());
    }
}
