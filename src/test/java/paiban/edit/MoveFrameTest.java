package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.TextFrame;
import paiban.ui.TestEditions;

class MoveFrameTest {
    static final PageTemplate T = TestEditions.T;
    final Edition start = TestEditions.twoPages();

    private static TextFrame text(Edition e, String page, String id) {
        return (TextFrame) e.page(page).orElseThrow().frame(id).orElseThrow();
    }

    @Test
    void aFrameSetInItsBasicColumnsKeepsSoWhenNarrowedAndWidened() {
        // t1: 5 basic columns wide, 5 text columns
        Change.Applied narrowed = new MoveFrame("p1", "t1", T.gridRect(0, 2, 10, 40)).apply(start);
        assertEquals(2, text(narrowed.edition(), "p1", "t1").columns());
        Change.Applied back = narrowed.inverse().apply(narrowed.edition());
        assertEquals(start, back.edition(), "undo gives the five columns back");
    }

    @Test
    void aSplitFrameKeepsItsColumnCount() {
        // t3: 4 basic columns set as 2 (破栏)
        Change.Applied widened = new MoveFrame("p2", "t3", T.gridRect(4, 3, 3, 60)).apply(start);
        assertEquals(2, text(widened.edition(), "p2", "t3").columns());
    }

    @Test
    void aMoveLeavesTheColumnsAlone() {
        Rect moved = text(start, "p1", "t1").bounds().moved(0, T.pitch());
        assertEquals(5, text(new MoveFrame("p1", "t1", moved).apply(start).edition(), "p1", "t1").columns());
    }
}
