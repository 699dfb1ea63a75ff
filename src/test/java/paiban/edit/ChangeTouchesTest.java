package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.story.Paragraph;
import paiban.ui.TestEditions;

/** What an edit names, and how two edits made apart are checked against each other and a newer edition. */
class ChangeTouchesTest {
    private final Edition e = TestEditions.twoPages();
    private final Rect r = new Rect(0, 0, 9000, 9000);

    @Test
    void editsOfDifferentFramesStoriesOrStylesDoNotConflict() {
        assertFalse(new MoveFrame("p1", "t1", r).conflictsWith(new MoveFrame("p1", "img1", r)));
        assertFalse(new MoveFrame("p1", "t1", r).conflictsWith(new MoveFrame("p2", "t1", r)), "frame ids are per page");
        assertFalse(new SetStoryText("s1", List.of()).conflictsWith(new SetStoryText("s2", List.of())));
        assertFalse(new SetStoryText("s1", List.of()).conflictsWith(new MoveFrame("p1", "t1", r)));
        assertFalse(new MovePage(0, 1).conflictsWith(new MoveFrame("p1", "t1", r)), "a page moves with its frames");
    }

    @Test
    void editsOfTheSameThingConflict() {
        assertTrue(new MoveFrame("p1", "t1", r).conflictsWith(new DeleteFrame("p1", "t1")));
        assertTrue(new SetStoryText("s1", List.of()).conflictsWith(new RestyleParagraphs("s1", 0, 0, "正文")));
        assertTrue(new MovePage(0, 1).conflictsWith(new AddPage.DeletePage("p2")), "both change the page order");
        assertTrue(new ReplaceSettings(EditionSettings.defaults()).conflictsWith(new ReplaceSettings(EditionSettings.defaults())));
    }

    @Test
    void aPageHoldsItsFrames() {
        Page p1 = e.pages().get(0);
        assertTrue(new ReplacePage(p1).conflictsWith(new MoveFrame("p1", "t1", r)));
        assertTrue(new MoveFrame("p1", "t1", r).conflictsWith(new ReplacePage(p1)));
        assertFalse(new ReplacePage(p1).conflictsWith(new MoveFrame("p2", "t2", r)));
    }

    @Test
    void aSequenceTouchesWhatItsStepsTouch() {
        ChangeSequence place = new ChangeSequence("change.placeText",
                List.of(new MoveFrame("p1", "t1", r), new SetStoryText("s1", List.of(new Paragraph("正文", "")))));
        assertEquals(Set.of(Touch.frame("p1", "t1"), Touch.story("s1")), place.touches());
        assertTrue(place.conflictsWith(new SetStoryText("s1", List.of())));
        assertFalse(place.conflictsWith(new SetStoryText("s2", List.of())));
    }

    @Test
    void aChangeThatSaysNothingTouchesTheWholeEdition() {
        Change vague = new Change() {
            @Override public Applied apply(Edition edition) { return new Applied(edition, this); }
            @Override public String descriptionKey() { return "change.editPage"; }
        };
        assertEquals(Set.of(Touch.EDITION), vague.touches());
        assertTrue(vague.conflictsWith(new MovePage(0, 1)));
        assertTrue(new SetStoryText("s9", List.of()).conflictsWith(vague));
    }

    @Test
    void anEditIsCheckedAgainstANewerEdition() {
        MoveFrame move = new MoveFrame("p1", "t1", r);
        assertTrue(move.canApply(e));
        Edition newer = new DeleteFrame("p1", "t1").apply(e).edition();
        assertFalse(move.canApply(newer), "the frame it moves is gone");
        assertTrue(new MoveFrame("p1", "img1", r).canApply(newer));
    }

    @Test
    void everyEditOfTheEditorNamesWhatItTouches() {
        Page p1 = e.pages().get(0);
        List<Change> all = List.of(new AddFrame("p1", p1.frames().get(0)), new DeleteFrame("p1", "t1"),
                new MoveFrame("p1", "t1", r), new ReorderFrame("p1", "t1", 0), new ReplaceFrame("p1", p1.frames().get(0)),
                new AddPage(0, p1), new AddPage.DeletePage("p1"), new MovePage(0, 1), new ReplacePage(p1),
                new AddStory(e.stories().get(0)), new AddStory.RemoveStory("s1"), new ReplaceStory(e.stories().get(0)),
                new SetStoryText("s1", List.of()), new RestyleParagraphs("s1", 0, 0, "正文"),
                new ReplaceParagraphStyle(e.styles().paragraphStyles().get(0)), new ReplaceSettings(EditionSettings.defaults()));
        for (Change c : all) {
            assertFalse(c.touches().contains(Touch.EDITION), c.getClass().getSimpleName() + " names what it touches");
            assertFalse(c.touches().isEmpty());
        }
        // and so do the inverses they make
        for (Change c : List.of(new DeleteFrame("p1", "t1"), new AddPage.DeletePage("p1"), new MoveFrame("p1", "t1", r))) {
            assertFalse(c.apply(e).inverse().touches().contains(Touch.EDITION));
        }
    }
}
