package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/** The canvas's multiple selection: the set beside the primary frame, groups, and edits of many frames as one step. */
class CanvasSelectionTest {
    static final PageTemplate T = TestEditions.T;
    static final Rect T1 = T.gridRect(0, 5, 10, 40), IMG1 = T.gridRect(5, 3, 3, 30), CAP1 = T.gridRect(5, 3, 34, 4),
            AD1 = T.gridRect(0, 8, 80, 22);
    EditionDocument doc;
    CanvasViewModel vm;

    @BeforeEach
    void open() {
        doc = TestEditions.document();
        vm = new CanvasViewModel(doc, new UndoStack(doc));
    }

    private static int[] centre(Rect r) { return new int[] {r.x() + r.width() / 2, r.y() + r.height() / 2}; }

    private void click(Rect r) { vm.selectAt(centre(r)[0], centre(r)[1], 0); }

    private void shiftClick(Rect r) { vm.toggleAt(centre(r)[0], centre(r)[1], 0, false); }

    private Rect bounds(String id) { return doc.edition().page("p1").orElseThrow().frame(id).orElseThrow().bounds(); }

    private Frame frame(String id) { return doc.edition().page("p1").orElseThrow().frame(id).orElseThrow(); }

    @Test
    void settingThePrimaryFromOutsideMakesItTheWholeSelection() {
        vm.select(List.of("t1", "ad1"), "t1");
        vm.selectedFrameIdProperty().set("cap1"); // preflight's click-to-frame, say
        assertEquals(List.of("cap1"), vm.selectedIds());
        vm.selectedFrameIdProperty().set("");
        assertEquals(List.of(), vm.selectedIds());
    }

    @Test
    void choosingAnotherPrimaryInsideTheSelectionKeepsTheSelection() {
        vm.select(List.of("ad1", "t1"), "t1");
        assertEquals(List.of("t1", "ad1"), vm.selectedIds(), "back to front");
        vm.selectedFrameIdProperty().set("ad1");
        assertEquals(List.of("t1", "ad1"), vm.selectedIds());
        vm.makePrimary("t1");
        assertEquals("t1", vm.selectedFrameIdProperty().get());
        assertEquals(List.of("t1", "ad1"), vm.selectedIds());
    }

    @Test
    void shiftClickAddsAndRemovesAndThePrimaryStaysInTheSet() {
        click(T1);
        shiftClick(IMG1);
        assertEquals(List.of("t1", "img1"), vm.selectedIds());
        assertEquals("img1", vm.selectedFrameIdProperty().get(), "the frame last added is primary");
        shiftClick(IMG1);
        assertEquals(List.of("t1"), vm.selectedIds());
        assertEquals("t1", vm.selectedFrameIdProperty().get());
        shiftClick(AD1);
        shiftClick(AD1);
        assertEquals("t1", vm.selectedFrameIdProperty().get());
        shiftClick(T1);
        assertEquals(List.of(), vm.selectedIds());
        assertEquals("", vm.selectedFrameIdProperty().get());
    }

    @Test
    void removingThePrimaryHandsItToAnotherSelectedFrame() {
        vm.select(List.of("t1", "cap1", "ad1"), "cap1");
        shiftClick(CAP1);
        assertEquals(List.of("t1", "ad1"), vm.selectedIds());
        assertTrue(vm.selectedIds().contains(vm.selectedFrameIdProperty().get()));
    }

    @Test
    void aRubberBandSelectsEveryFrameItTouches() {
        // from inside t1 to inside cap1: touches t1, img1 and cap1, not the headline above nor the rule below
        Rect band = new Rect(T1.x() + 5000, T1.y() + 5000, CAP1.x() + 3000 - T1.x() - 5000, CAP1.y() + 1000 - T1.y() - 5000);
        vm.selectTouching(band, false);
        assertEquals(List.of("t1", "img1", "cap1"), vm.selectedIds());
        assertEquals("cap1", vm.selectedFrameIdProperty().get(), "the topmost frame touched is primary");
    }

    @Test
    void aRubberBandOverEmptyPaperSelectsNothingAndShiftKeepsWhatWasSelected() {
        click(AD1);
        vm.selectTouching(new Rect(1000, 1000, 3000, 3000), true);
        assertEquals(List.of("ad1"), vm.selectedIds());
        vm.selectTouching(new Rect(CAP1.x() + 1000, CAP1.y() + 1000, 1000, 1000), true);
        assertEquals(List.of("cap1", "ad1"), vm.selectedIds());
        vm.selectTouching(new Rect(1000, 1000, 3000, 3000), false);
        assertEquals(List.of(), vm.selectedIds());
        assertEquals("", vm.selectedFrameIdProperty().get());
    }

    @Test
    void aBandReachingAHairlineRuleByItsEdgeTakesIt() {
        Rect rule = bounds("r1");
        vm.selectTouching(new Rect(rule.x() + 10_000, rule.bottom(), 5000, 5000), false);
        assertEquals(List.of("r1"), vm.selectedIds());
    }

    @Test
    void selectAllTakesEveryFrameOfThePageAndEscapeLikeClearingDropsThem() {
        vm.selectAll();
        assertEquals(List.of("h1", "hl1", "t1", "img1", "cap1", "r1", "ad1"), vm.selectedIds());
        assertTrue(vm.selectedIds().contains(vm.selectedFrameIdProperty().get()));
        vm.clearSelection();
        assertEquals(List.of(), vm.selectedIds());
        assertEquals("", vm.selectedFrameIdProperty().get());
    }

    @Test
    void switchingPagesClearsTheSet() {
        vm.selectAll();
        vm.showPage(1);
        assertEquals(List.of(), vm.selectedIds());
    }

    @Test
    void framesUndoneAwayLeaveTheSelection() {
        vm.toolProperty().set(Tool.AD);
        String id = vm.edits().createFrame(T.gridRect(0, 2, 60, 10)).orElseThrow();
        vm.select(List.of("t1", id), id);
        vm.undoStack().undo();
        assertEquals(List.of("t1"), vm.selectedIds());
        assertEquals("t1", vm.selectedFrameIdProperty().get());
    }

    @Test
    void groupingIsOneStepAndAClickThenSelectsTheWholeGroup() {
        vm.select(List.of("img1", "cap1"), "img1");
        assertTrue(vm.edits().groupSelected());
        assertEquals(1, vm.undoStack().depth());
        assertEquals("group-1", frame("img1").group());
        assertEquals("group-1", frame("cap1").group());
        click(AD1);
        click(CAP1);
        assertEquals(List.of("img1", "cap1"), vm.selectedIds());
        assertEquals("cap1", vm.selectedFrameIdProperty().get(), "the clicked frame is primary");
        vm.selectSingleAt(centre(CAP1)[0], centre(CAP1)[1], 0); // Ctrl+click
        assertEquals(List.of("cap1"), vm.selectedIds());
        vm.undoStack().undo();
        assertEquals("", frame("img1").group());
        click(CAP1);
        assertEquals(List.of("cap1"), vm.selectedIds());
    }

    @Test
    void ungroupingTakesTheFramesOutAndKeepsThemSelected() {
        vm.select(List.of("img1", "cap1"), "img1");
        vm.edits().groupSelected();
        assertTrue(vm.edits().selectionHasGroup());
        assertTrue(vm.edits().ungroupSelected());
        assertEquals("", frame("img1").group());
        assertEquals("", frame("cap1").group());
        assertEquals(List.of("img1", "cap1"), vm.selectedIds());
        assertFalse(vm.edits().selectionHasGroup());
        assertFalse(vm.edits().ungroupSelected(), "nothing left to ungroup is no change");
        assertEquals(2, vm.undoStack().depth());
    }

    @Test
    void oneFrameIsNoGroupAndANewGroupGetsAFreshName() {
        click(T1);
        assertFalse(vm.edits().groupSelected());
        vm.select(List.of("img1", "cap1"), "img1");
        vm.edits().groupSelected();
        vm.select(List.of("t1", "ad1"), "t1");
        vm.edits().groupSelected();
        assertEquals("group-2", frame("ad1").group());
        shiftClick(CAP1); // Shift+click adds the whole group
        assertEquals(List.of("t1", "img1", "cap1", "ad1"), vm.selectedIds());
    }

    @Test
    void aBandTouchingOneFrameOfAGroupSelectsTheGroup() {
        vm.select(List.of("t1", "ad1"), "t1");
        vm.edits().groupSelected();
        vm.selectTouching(new Rect(AD1.x() + 1000, AD1.y() + 1000, 2000, 2000), false);
        assertEquals(List.of("t1", "ad1"), vm.selectedIds());
    }

    @Test
    void movingTheSelectionMovesEveryFrameByTheSameOffsetAsOneUndoStep() {
        Edition before = doc.edition();
        vm.select(List.of("t1", "cap1", "ad1"), "t1");
        // dragging t1 a little off the grid: t1 snaps, the others follow by the same offset
        PagePoint off = vm.edits().snappedOffset(T1, T.columnWidth() + T.gap() + 1500, 2 * T.pitch() - 1200, 3000);
        assertEquals(new PagePoint(T.columnWidth() + T.gap(), 2 * T.pitch()), off);
        assertEquals(List.of(T1.moved(off.x(), off.y()), CAP1.moved(off.x(), off.y()), AD1.moved(off.x(), off.y())),
                vm.edits().movedSelection(off.x(), off.y()));
        assertTrue(vm.edits().moveSelection(off.x(), off.y()));
        assertEquals(T.gridRect(1, 5, 12, 40), bounds("t1"));
        assertEquals(CAP1.moved(off.x(), off.y()), bounds("cap1"));
        assertEquals(AD1.moved(off.x(), off.y()), bounds("ad1"));
        assertEquals(IMG1, bounds("img1"), "not selected, not moved");
        assertEquals(1, vm.undoStack().depth());
        vm.undoStack().undo();
        assertEquals(before, doc.edition());
        vm.undoStack().redo();
        assertEquals(T.gridRect(1, 5, 12, 40), bounds("t1"));
    }

    @Test
    void aGroupMovesTogetherAsOneUndoStep() {
        vm.select(List.of("img1", "cap1"), "img1");
        vm.edits().groupSelected();
        click(T1);
        click(IMG1);
        vm.edits().moveSelection(0, 3 * T.pitch());
        assertEquals(IMG1.moved(0, 3 * T.pitch()), bounds("img1"));
        assertEquals(CAP1.moved(0, 3 * T.pitch()), bounds("cap1"));
        assertEquals(2, vm.undoStack().depth(), "group, then one move");
        vm.undoStack().undo();
        assertEquals(IMG1, bounds("img1"));
        assertEquals(CAP1, bounds("cap1"));
    }

    @Test
    void lockedFramesAreSelectedButNotMoved() {
        vm.select(List.of("ad1"), "ad1");
        vm.edits().toggleLock();
        vm.select(List.of("t1", "ad1"), "t1");
        assertEquals(List.of(T1.moved(1000, 0)), vm.edits().movedSelection(1000, 0), "the preview leaves it too");
        vm.edits().nudge(1, 0);
        assertEquals(T1.moved(T.bodySize(), 0), bounds("t1"));
        assertEquals(AD1, bounds("ad1"));
        assertEquals(List.of("t1", "ad1"), vm.selectedIds());
    }

    @Test
    void arrowsNudgeTheWholeSelectionAsOneStep() {
        vm.select(List.of("t1", "img1"), "img1");
        vm.edits().nudge(-1, 2);
        assertEquals(T1.moved(-T.bodySize(), 2 * T.pitch()), bounds("t1"));
        assertEquals(IMG1.moved(-T.bodySize(), 2 * T.pitch()), bounds("img1"));
        assertEquals(1, vm.undoStack().depth());
    }

    @Test
    void deletingTheSelectionRepairsThreadsAsOneStepAndUndoPutsAllBack() {
        Edition before = doc.edition();
        vm.select(List.of("t1", "img1", "ad1"), "t1");
        assertTrue(vm.edits().deleteSelected());
        var p1 = doc.edition().page("p1").orElseThrow();
        assertEquals(List.of("h1", "hl1", "cap1", "r1"), p1.frames().stream().map(Frame::id).toList());
        assertEquals(List.of(new FrameRef("p2", "t2")), doc.edition().story("s1").orElseThrow().chain());
        assertEquals(List.of(), vm.selectedIds());
        assertEquals(1, vm.undoStack().depth());
        vm.undoStack().undo();
        assertEquals(before, doc.edition(), "frames back in their z-order, the story back in its chain");
    }

    @Test
    void deletingLeavesLockedFramesSelected() {
        vm.select(List.of("ad1"), "ad1");
        vm.edits().toggleLock();
        vm.select(List.of("t1", "ad1"), "t1");
        assertTrue(vm.edits().deleteSelected());
        assertTrue(doc.edition().page("p1").orElseThrow().frame("t1").isEmpty());
        assertEquals(List.of("ad1"), vm.selectedIds());
        assertEquals("ad1", vm.selectedFrameIdProperty().get());
    }

    @Test
    void lockLocksAllUnlessAllAreLockedThenUnlocksAll() {
        vm.select(List.of("t1"), "t1");
        vm.edits().toggleLock();
        vm.select(List.of("t1", "img1", "ad1"), "t1");
        vm.edits().toggleLock();
        assertTrue(frame("t1").locked() && frame("img1").locked() && frame("ad1").locked());
        assertEquals(2, vm.undoStack().depth());
        vm.edits().toggleLock();
        assertFalse(frame("t1").locked() || frame("img1").locked() || frame("ad1").locked());
        vm.undoStack().undo();
        assertTrue(frame("t1").locked() && frame("img1").locked() && frame("ad1").locked());
    }

    @Test
    void restackingTheSelectionIsOneStep() {
        vm.select(List.of("h1", "t1"), "t1");
        assertTrue(vm.edits().restack(1));
        assertEquals(List.of("hl1", "h1", "img1", "t1", "cap1", "r1", "ad1"), ids());
        assertEquals(1, vm.undoStack().depth());
        assertTrue(vm.edits().restack(100));
        assertEquals(List.of("hl1", "img1", "cap1", "r1", "ad1", "h1", "t1"), ids());
        assertFalse(vm.edits().restack(1), "already in front");
        vm.undoStack().undo();
        vm.undoStack().undo();
        assertEquals(List.of("h1", "hl1", "t1", "img1", "cap1", "r1", "ad1"), ids());
    }

    private List<String> ids() {
        return new ArrayList<>(doc.edition().page("p1").orElseThrow().frames().stream().map(Frame::id).toList());
    }

    @Test
    void theSelectionBoxHoldsEverySelectedFrame() {
        vm.select(List.of("t1", "cap1"), "t1");
        Rect box = vm.selectionBounds().orElseThrow();
        assertEquals(new Rect(T1.x(), T1.y(), CAP1.right() - T1.x(), T1.bottom() - T1.y()), box);
        vm.clearSelection();
        assertTrue(vm.selectionBounds().isEmpty());
    }
}
