package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFrame;
import paiban.model.story.FrameRef;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/** Frames copied on one page and pasted on another, or beside themselves. */
class FrameClipboardTest {
    static final PageTemplate T = TestEditions.T;
    static final Rect T1 = T.gridRect(0, 5, 10, 40), IMG1 = T.gridRect(5, 3, 3, 30), CAP1 = T.gridRect(5, 3, 34, 4);
    EditionDocument doc;
    UndoStack undo;
    CanvasViewModel vm;
    FrameClipboard clip;
    Edition start;

    @BeforeEach
    void open() {
        doc = TestEditions.document();
        undo = new UndoStack(doc);
        vm = new CanvasViewModel(doc, undo);
        clip = vm.frameClipboard();
        start = doc.edition();
    }

    private List<Frame> added(String pageId) {
        List<String> before = start.page(pageId).orElseThrow().frames().stream().map(Frame::id).toList();
        return doc.edition().page(pageId).orElseThrow().frames().stream().filter(f -> !before.contains(f.id())).toList();
    }

    @Test
    void aPhotoAndItsCaptionPastedOnAnotherPageLandInPlaceTiedToEachOther() {
        vm.select(List.of("img1", "cap1"), "img1");
        assertTrue(clip.copy());
        vm.showPage(1);
        assertTrue(clip.paste());
        List<Frame> copies = added("p2");
        assertEquals(2, copies.size());
        ImageFrame photo = (ImageFrame) copies.get(0);
        Frame caption = copies.get(1);
        assertEquals(IMG1, photo.bounds(), "in place on another page");
        assertEquals(CAP1, caption.bounds());
        assertEquals(caption.id(), photo.captionFrameId(), "the copy's caption is the copied caption");
        assertTrue(doc.edition().page("p1").orElseThrow().frame(photo.id()).isEmpty() && !photo.id().equals("img1"));
        assertEquals(List.of(photo.id(), caption.id()), vm.selectedIds(), "the copies are selected");
        assertEquals(1, undo.depth(), "one undo step");
        undo.undo();
        assertEquals(start, doc.edition());
    }

    @Test
    void onItsOwnPageACopyLandsOneCharacterRightAndOneLineDownWithoutItsStoryAndUnlocked() {
        vm.select(List.of("t1"), "t1");
        vm.edits().toggleLock();
        Edition locked = doc.edition();
        clip.copy();
        clip.paste();
        Frame copy = doc.edition().page("p1").orElseThrow().frames().stream()
                .filter(f -> locked.page("p1").orElseThrow().frame(f.id()).isEmpty()).findFirst().orElseThrow();
        assertEquals(T1.moved(T.bodySize(), T.pitch()), copy.bounds());
        assertFalse(copy.locked(), "a copy is to be placed: unlocked");
        assertTrue(doc.edition().storyOfFrame(copy.id()).isEmpty(), "an empty frame: the story runs through its own chain");
        assertTrue(doc.edition().storyOfFrame("t1").isPresent());
    }

    @Test
    void copiesOfAGroupAreAGroupOfTheirOwn() {
        vm.select(List.of("img1", "cap1"), "img1");
        vm.edits().groupSelected();
        String group = doc.edition().page("p1").orElseThrow().frame("img1").orElseThrow().group();
        clip.copy();
        vm.showPage(1);
        clip.paste();
        List<Frame> copies = added("p2");
        assertEquals(copies.get(0).group(), copies.get(1).group());
        assertFalse(copies.get(0).group().isEmpty() || copies.get(0).group().equals(group));
    }

    @Test
    void cutTakesTheFramesAwayAndPasteBringsThemBackElsewhere() {
        vm.select(List.of("cap1"), "cap1");
        assertTrue(clip.cut());
        assertTrue(doc.edition().page("p1").orElseThrow().frame("cap1").isEmpty());
        vm.showPage(1);
        clip.paste();
        assertEquals(CAP1, added("p2").get(0).bounds());
    }

    @Test
    void aStoryFrameCutAndPastedOnAnotherPageTakesItsPlaceInTheStoryAgain() {
        vm.select(List.of("t1"), "t1");
        assertTrue(clip.cut());
        assertEquals(List.of(new FrameRef("p2", "t2")), doc.edition().story("s1").orElseThrow().chain());
        vm.showPage(1);
        clip.paste();
        Frame pasted = added("p2").get(0);
        assertEquals(List.of(new FrameRef("p2", pasted.id()), new FrameRef("p2", "t2")),
                doc.edition().story("s1").orElseThrow().chain(), "first in the chain again, where t1 was");
        assertEquals(0, doc.layout().stories().get("s1").overset());
        clip.paste();
        Frame second = added("p2").stream().filter(f -> !f.id().equals(pasted.id())).findFirst().orElseThrow();
        assertTrue(doc.edition().storyOfFrame(second.id()).isEmpty(), "a second paste is a copy: empty");
        undo.undo();
        undo.undo();
        undo.undo();
        assertEquals(start, doc.edition(), "cut, paste, paste undone");
    }

    @Test
    void everyPasteOnOnePageLandsAStepFurther() {
        vm.select(List.of("cap1"), "cap1");
        clip.copy();
        vm.showPage(1);
        clip.paste();
        clip.paste();
        List<Frame> copies = added("p2");
        assertEquals(CAP1, copies.get(0).bounds(), "the first in place");
        assertEquals(CAP1.moved(T.bodySize(), T.pitch()), copies.get(1).bounds(), "the second a 字 and a 行 on");
        vm.showPage(0);
        clip.paste();
        assertEquals(CAP1.moved(T.bodySize(), T.pitch()), added("p1").get(0).bounds(), "beside the original");
    }

    @Test
    void nothingSelectedCopiesNothingAndAnEmptyClipboardPastesNothing() {
        assertFalse(clip.copy());
        assertFalse(clip.hasFrames());
        assertFalse(clip.paste());
        assertEquals(0, undo.depth());
    }
}
