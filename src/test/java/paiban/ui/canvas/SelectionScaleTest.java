package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paiban.edit.GridSnap;
import paiban.layout.FrameInfo;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/** Scaling a multiple selection by a handle of its box: proportional edges, snapping, locked frames, the minimum, undo. */
class SelectionScaleTest {
    static final PageTemplate T = TestEditions.T;
    static final Rect T1 = T.gridRect(0, 5, 10, 40), IMG1 = T.gridRect(5, 3, 3, 30), CAP1 = T.gridRect(5, 3, 34, 4);
    /** Snap tolerance in millipoints: the canvas's 8 pixels at 100 %. */
    static final int SNAP = 6000;
    EditionDocument doc;
    CanvasViewModel vm;

    @BeforeEach
    void open() {
        doc = TestEditions.document();
        vm = new CanvasViewModel(doc, new UndoStack(doc));
    }

    private Rect bounds(String id) { return doc.edition().page("p1").orElseThrow().frame(id).orElseThrow().bounds(); }

    private FrameInfo laidOut(String id) {
        return doc.layout().page("p1").orElseThrow().frames().stream()
                .filter(f -> f.frameId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void everyEdgeKeepsItsPlaceInTheBoxFromTheOldBoxToTheNew() {
        vm.select(List.of("t1", "img1"), "t1");
        Rect box = vm.selectionBounds().orElseThrow();
        assertEquals(0, box.width() % 2, "a box halved exactly");
        // the left handle dragged halfway in: the right side is held, every edge goes half as far from it
        List<Rect> to = vm.edits().scaledSelection(FrameEdits.LEFT, box.width() / 2, 0, 0);
        int r = box.right();
        assertEquals(List.of(
                new Rect(r - (r - T1.x()) / 2, T1.y(), T1.width() / 2, T1.height()),
                new Rect(r - (r - IMG1.x()) / 2, IMG1.y(), IMG1.width() / 2, IMG1.height())), to);
        assertEquals(T1, bounds("t1"), "a preview changes nothing");
        assertEquals(0, vm.undoStack().depth());
    }

    @Test
    void theEdgesThatMoveSnapToLineBottomsAndTopsAsAResizedFrameDoes() {
        // a photo and its caption, one empty line between: the box's bottom handle pulled down 35 lines and a bit
        vm.select(List.of("img1", "cap1"), "img1");
        int dy = 35 * T.pitch() + 700;
        assertTrue(vm.edits().scaleSelection(FrameEdits.BOTTOM, 0, dy, SNAP));
        // the photo's bottom and the caption's top, inside the box, land near line 62's bottom and line 65's top
        assertEquals(T.gridRect(5, 3, 3, 60), bounds("img1"));
        assertEquals(T.gridRect(5, 3, 65, 8), bounds("cap1"));
    }

    @Test
    void altScalesFreeOfTheGrid() {
        vm.select(List.of("img1", "cap1"), "img1");
        Rect box = vm.selectionBounds().orElseThrow();
        int dy = 35 * T.pitch() + 700;
        List<Rect> to = vm.edits().scaledSelection(FrameEdits.BOTTOM, 0, dy, 0);
        long newHeight = box.height() + dy;
        int photoBottom = box.y() + (int) Math.round((double) (IMG1.bottom() - box.y()) * newHeight / box.height());
        assertEquals(new Rect(IMG1.x(), IMG1.y(), IMG1.width(), photoBottom - IMG1.y()), to.get(0));
        assertEquals(CAP1.bottom() + dy, to.get(1).bottom(), "the caption's bottom follows the pointer");
    }

    @Test
    void aCornerScalesBothWaysAndSnapsTheColumnEdgeToo() {
        vm.select(List.of("img1", "cap1"), "img1");
        // one column narrower from the right, with the pointer a little short of the column end
        int dx = -(T.columnWidth() + T.gap()) + 1500;
        assertTrue(vm.edits().scaleSelection(FrameEdits.BOTTOM_RIGHT, dx, 35 * T.pitch(), SNAP));
        assertEquals(T.gridRect(5, 2, 3, 60), bounds("img1"));
        assertEquals(T.gridRect(5, 2, 65, 8), bounds("cap1"));
    }

    @Test
    void lockedFramesKeepTheirBoundsWhileTheOthersScaleInTheWholeBox() {
        vm.select(List.of("cap1"), "cap1");
        vm.edits().toggleLock();
        vm.select(List.of("img1", "cap1"), "img1");
        int dy = 35 * T.pitch();
        assertEquals(List.of(T.gridRect(5, 3, 3, 60)), vm.edits().scaledSelection(FrameEdits.BOTTOM, 0, dy, SNAP),
                "the preview leaves the locked caption out");
        assertTrue(vm.edits().scaleSelection(FrameEdits.BOTTOM, 0, dy, SNAP));
        assertEquals(T.gridRect(5, 3, 3, 60), bounds("img1"), "scaled as in the box the caption is part of");
        assertEquals(CAP1, bounds("cap1"));
        assertEquals(List.of("img1", "cap1"), vm.selectedIds());
        assertEquals(2, vm.undoStack().depth(), "the lock, then one scale");
    }

    @Test
    void aSelectionOfLockedFramesOnlyHasNoHandles() {
        vm.select(List.of("img1", "cap1"), "img1");
        assertEquals(vm.selectionBounds(), vm.resizeBox());
        vm.edits().toggleLock();
        assertTrue(vm.resizeBox().isEmpty());
        assertEquals(List.of(), vm.edits().scaledSelection(FrameEdits.BOTTOM, 0, 10 * T.pitch(), SNAP));
        assertFalse(vm.edits().scaleSelection(FrameEdits.BOTTOM, 0, 10 * T.pitch(), SNAP));
        vm.select(List.of("img1"), "img1");
        assertTrue(vm.resizeBox().isEmpty(), "a locked frame alone neither");
        vm.select(List.of("t1"), "t1");
        assertEquals(T1, vm.resizeBox().orElseThrow(), "one frame: its own bounds");
    }

    @Test
    void noFrameGetsNarrowerThanABodyCharacterNorInsideOut() {
        vm.select(List.of("t1", "img1"), "t1");
        Rect box = vm.selectionBounds().orElseThrow();
        // the right handle dragged far past the left side
        List<Rect> free = vm.edits().scaledSelection(FrameEdits.RIGHT, -box.width() * 2, 0, 0);
        assertEquals(List.of(T.bodySize(), T.bodySize()), free.stream().map(Rect::width).toList(), "each stops at the minimum");
        assertEquals(T1.x(), free.get(0).x(), "at the held side");
        List<Rect> snapped = vm.edits().scaledSelection(FrameEdits.RIGHT, -box.width() * 2, 0, SNAP);
        for (Rect r : snapped) assertTrue(r.width() >= T.bodySize(), r.toString());
        assertEquals(List.of(T1.height(), IMG1.height()), snapped.stream().map(Rect::height).toList(), "heights untouched");
    }

    @Test
    void aFrameAlreadyThinnerThanTheMinimumDoesNotShrinkFurther() {
        Rect from = new Rect(0, 0, 100_000, 100_000);
        Rect hairline = new Rect(0, 50_000, 100_000, 500);
        SelectionScale half = new SelectionScale(from, new Rect(0, 0, 100_000, 50_000), null, 9000);
        assertEquals(new Rect(0, 25_000, 100_000, 500), half.apply(hairline));
        assertEquals(new Rect(0, 0, 100_000, 9000), half.apply(new Rect(0, 0, 100_000, 10_000)),
                "held at the top, it stops at the minimum");
    }

    @Test
    void snappingIsTheGridsOwnAndOnlyForTheEdgesThatMove() {
        // a frame off the grid at the held side keeps that edge, however near a column it is
        int offLeft = T.columnLeft(1) + 2000;
        Rect from = new Rect(offLeft, T.lineTop(0), T.columnRight(3) - offLeft, T.spanHeight(10));
        int oneColumn = T.columnWidth() + T.gap();
        SelectionScale wider = new SelectionScale(from,
                new Rect(from.x(), from.y(), from.width() + oneColumn - 1500, from.height()), new GridSnap(T, SNAP), T.bodySize());
        Rect out = wider.apply(from);
        assertEquals(offLeft, out.x(), "held, not snapped");
        assertEquals(T.columnRight(4), out.right(), "moved, snapped");
    }

    @Test
    void oneUndoStepPutsEveryFrameBackAndTheTextReflowsInTheScaledFrames() {
        Edition before = doc.edition();
        int linesBefore = laidOut("t1").linesUsed();
        vm.select(List.of("t1", "img1", "cap1"), "t1");
        Rect box = vm.selectionBounds().orElseThrow();
        List<Rect> preview = vm.edits().scaledSelection(FrameEdits.TOP_LEFT, box.width() / 4, box.height() / 4, SNAP);
        assertTrue(vm.edits().scaleSelection(FrameEdits.TOP_LEFT, box.width() / 4, box.height() / 4, SNAP));
        assertEquals(preview, List.of(bounds("t1"), bounds("img1"), bounds("cap1")), "lands where the preview showed");
        for (String id : List.of("t1", "img1", "cap1")) assertNotEquals(before.page("p1").orElseThrow()
                .frame(id).orElseThrow().bounds(), bounds(id), id);
        assertEquals(bounds("t1"), laidOut("t1").bounds());
        assertTrue(laidOut("t1").linesUsed() > linesBefore, "narrower columns take more lines");
        assertEquals(1, vm.undoStack().depth());
        Edition after = doc.edition();
        vm.undoStack().undo();
        assertEquals(before, doc.edition());
        assertEquals(linesBefore, laidOut("t1").linesUsed());
        vm.undoStack().redo();
        assertEquals(after, doc.edition());
    }
}
