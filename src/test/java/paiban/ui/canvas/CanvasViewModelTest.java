package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.layout.FrameKind;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

class CanvasViewModelTest {
    EditionDocument doc;
    CanvasViewModel vm;

    @BeforeEach
    void open() {
        doc = TestEditions.document();
        vm = new CanvasViewModel(doc, new UndoStack(doc));
    }

    @Test
    void outlinesAreThePageFramesBackToFrontWithTheirKinds() {
        List<FrameOutline> o = vm.outlines();
        assertEquals(List.of("h1", "hl1", "t1", "img1", "cap1", "r1", "ad1"),
                o.stream().map(FrameOutline::frameId).toList());
        assertEquals(List.of(FrameKind.HEADER, FrameKind.HEADLINE, FrameKind.TEXT, FrameKind.IMAGE, FrameKind.TEXT,
                FrameKind.RULE, FrameKind.AD), o.stream().map(FrameOutline::kind).toList());
        vm.showPage(1);
        assertEquals(List.of("h2", "t2", "t3"), vm.outlines().stream().map(FrameOutline::frameId).toList());
    }

    @Test
    void clickSelectsTheTopmostFrameAndEmptySpaceClears() {
        PageTemplate t = TestEditions.T;
        Rect cap = t.gridRect(5, 3, 34, 4);
        vm.selectAt(cap.x() + 1000, cap.y() + 1000, 0);
        assertEquals("cap1", vm.selectedFrameIdProperty().get());
        vm.selectAt(5000, 5000, 0); // in the page margin
        assertEquals("", vm.selectedFrameIdProperty().get());
    }

    @Test
    void thinRulesAreHitWithSlack() {
        Rect rule = TestEditions.T.gridRect(0, 8, 51, 1);
        int below = rule.bottom() + 2000;
        vm.selectAt(rule.x() + 10_000, below, 0);
        assertEquals("", vm.selectedFrameIdProperty().get());
        vm.selectAt(rule.x() + 10_000, below, 3000);
        assertEquals("r1", vm.selectedFrameIdProperty().get());
    }

    @Test
    void switchingPagesDropsTheSelection() {
        vm.selectedFrameIdProperty().set("t1");
        vm.showPage(1);
        assertEquals(1, vm.pageIndex());
        assertEquals("", vm.selectedFrameIdProperty().get());
    }

    @Test
    void pagesOutOfRangeAreIgnored() {
        vm.showPage(5);
        vm.showPage(-1);
        assertEquals(0, vm.pageIndex());
    }

    @Test
    void removingTheShownPageFallsBackToTheLastOne() {
        vm.showPage(1);
        doc.setEdition(doc.edition().withPages(doc.edition().pages().subList(0, 1)));
        assertEquals(0, vm.pageIndex());
        assertEquals("p1", vm.currentPage().orElseThrow().id());
    }

    @ParameterizedTest
    @CsvSource({"1.0, true, 1.25", "1.0, false, 0.75", "6.0, true, 8.0", "8.0, true, 8.0", "0.05, false, 0.05",
            "0.3, true, 0.333", "0.3, false, 0.25"})
    void zoomSteps(double from, boolean in, double expected) {
        vm.setZoom(from);
        if (in) vm.zoomIn(); else vm.zoomOut();
        assertEquals(expected, vm.zoom(), 1e-9);
    }

    @Test
    void zoomIsClampedTo800Percent() {
        vm.setZoom(20);
        assertEquals(8.0, vm.zoom());
        vm.setZoom(0);
        assertEquals(CanvasViewModel.MIN_ZOOM, vm.zoom());
    }

    @Test
    void fitZoomShowsTheWholePage() {
        double z = vm.fitZoom(800, 1000, 20);
        PageTemplate t = TestEditions.T;
        double pxPerMpt = z * 96 / 72 / 1000;
        // 对开 is taller than wide: height decides, width has room to spare
        assertEquals(960, t.trimHeight() * pxPerMpt, 1e-6);
        assertTrue(t.trimWidth() * pxPerMpt <= 760);
    }

    @Test
    void draggingAFrameSnapsItAndOneUndoTakesItBack() {
        PageTemplate t = TestEditions.T;
        Rect start = t.gridRect(0, 5, 10, 40);
        // a bit more than one column and two lines, a little off the grid
        Rect to = vm.edits().moved(start, t.columnWidth() + t.gap() + 1500, 2 * t.pitch() - 1200, 3000);
        assertEquals(t.gridRect(1, 5, 12, 40), to);
        assertEquals(start, vm.edits().moved(start, 0, 0, 3000));
        assertTrue(vm.edits().setBounds("t1", to));
        assertEquals(to, vm.outlines().get(2).bounds());
        vm.undoStack().undo();
        assertEquals(start, vm.outlines().get(2).bounds());
    }

    @Test
    void resizingByTheBottomRightHandleSnapsToColumnEndAndLineBottom() {
        PageTemplate t = TestEditions.T;
        Rect start = t.gridRect(0, 2, 10, 10);
        Rect out = vm.edits().resized(start, FrameEdits.BOTTOM_RIGHT, t.spanWidth(1) + t.gap() - 1000, 3 * t.pitch() + 800, 3000);
        assertEquals(t.gridRect(0, 3, 10, 13), out);
    }

    @Test
    void aFrameCannotBeResizedInsideOut() {
        Rect start = TestEditions.T.gridRect(0, 2, 10, 10);
        Rect out = vm.edits().resized(start, FrameEdits.LEFT, start.width() * 3, 0, 0);
        assertEquals(TestEditions.T.bodySize(), out.width());
        assertEquals(start.right(), out.right());
    }

    @Test
    void arrowsNudgeTheSelectionByACharacterAndALine() {
        PageTemplate t = TestEditions.T;
        vm.selectedFrameIdProperty().set("ad1");
        Rect before = vm.selected().orElseThrow().bounds();
        vm.edits().nudge(-1, 2);
        assertEquals(before.moved(-t.bodySize(), 2 * t.pitch()), vm.selected().orElseThrow().bounds());
        assertEquals(1, vm.undoStack().depth());
    }

    @Test
    void settingTheSameBoundsIsNoChange() {
        assertEquals(false, vm.edits().setBounds("t1", TestEditions.T.gridRect(0, 5, 10, 40)));
        assertEquals(0, vm.undoStack().depth());
    }

    @Test
    void threadLinksOfTheSelectedStoryOnThisPageAndToTheNext() {
        assertEquals(List.of(), vm.threadLinks(), "nothing selected, no arrows");
        vm.selectedFrameIdProperty().set("t1");
        Rect t1 = TestEditions.T.gridRect(0, 5, 10, 40);
        assertEquals(List.of(new ThreadLink(t1, null, "第二版")), vm.threadLinks());
        vm.showPage(1);
        vm.selectedFrameIdProperty().set("t2");
        assertEquals(List.of(new ThreadLink(null, TestEditions.T.gridRect(0, 4, 3, 60), "第一版")), vm.threadLinks());
        vm.selectedFrameIdProperty().set("t3"); // not threaded
        assertEquals(List.of(), vm.threadLinks());
    }

    @Test
    void theTextToolDrawsASnappedFrameWithAsManyColumnsAsItSpans() {
        PageTemplate t = TestEditions.T;
        vm.toolProperty().set(Tool.TEXT);
        Rect target = t.gridRect(2, 3, 55, 20);
        Rect r = vm.edits().drawn(new PagePoint(target.right() - 1000, target.bottom() + 1500),
                new PagePoint(target.x() + 2000, target.y() - 500), 3000);
        assertEquals(target, r);
        String id = vm.edits().createFrame(r).orElseThrow();
        assertEquals(id, vm.selectedFrameIdProperty().get());
        var frame = (paiban.model.frame.TextFrame) doc.edition().page("p1").orElseThrow().frame(id).orElseThrow();
        assertEquals(3, frame.columns());
        assertEquals(t.gap(), frame.gap());
        assertEquals(id, vm.outlines().get(vm.outlines().size() - 1).frameId(), "a new frame is on top");
        vm.undoStack().undo();
        assertTrue(doc.edition().page("p1").orElseThrow().frame(id).isEmpty());
    }

    @Test
    void shiftDrawsAVerticalTextOrHeadlineFrameAndUndoes() {
        PageTemplate t = TestEditions.T;
        vm.toolProperty().set(Tool.HEADLINE);
        String head = vm.edits().createFrame(t.gridRect(7, 1, 55, 20), paiban.model.frame.WritingMode.VERTICAL).orElseThrow();
        var h = (paiban.model.frame.HeadlineFrame) doc.edition().page("p1").orElseThrow().frame(head).orElseThrow();
        assertEquals(paiban.model.frame.WritingMode.VERTICAL, h.writingMode());
        vm.toolProperty().set(Tool.TEXT);
        String text = vm.edits().createFrame(t.gridRect(4, 3, 55, 20), paiban.model.frame.WritingMode.VERTICAL).orElseThrow();
        var f = (paiban.model.frame.TextFrame) doc.edition().page("p1").orElseThrow().frame(text).orElseThrow();
        assertEquals(paiban.model.frame.WritingMode.VERTICAL, f.writingMode());
        assertEquals(1, f.columns(), "a vertical frame's lines are its columns");
        String plain = vm.edits().createFrame(t.gridRect(0, 3, 55, 20)).orElseThrow();
        var p = (paiban.model.frame.TextFrame) doc.edition().page("p1").orElseThrow().frame(plain).orElseThrow();
        assertEquals(paiban.model.frame.WritingMode.HORIZONTAL, p.writingMode());
        vm.undoStack().undo();
        vm.undoStack().undo();
        assertTrue(doc.edition().page("p1").orElseThrow().frame(text).isEmpty());
        assertEquals(paiban.model.frame.WritingMode.VERTICAL,
                ((paiban.model.frame.HeadlineFrame) doc.edition().page("p1").orElseThrow().frame(head).orElseThrow()).writingMode());
    }

    @Test
    void aTinyDragDrawsNothing() {
        vm.toolProperty().set(Tool.AD);
        assertTrue(vm.edits().createFrame(new Rect(100_000, 100_000, 2000, 2000)).isEmpty());
        assertEquals(0, vm.undoStack().depth());
    }

    @Test
    void newIdsAreUniqueInTheEdition() {
        vm.toolProperty().set(Tool.IMAGE);
        String a = vm.edits().createFrame(TestEditions.T.gridRect(0, 2, 60, 10)).orElseThrow();
        String b = vm.edits().createFrame(TestEditions.T.gridRect(2, 2, 60, 10)).orElseThrow();
        assertEquals("image-1", a);
        assertEquals("image-2", b);
    }

    @Test
    void aRuleIsAHairlineAlongTheLongerSide() {
        vm.toolProperty().set(Tool.RULE);
        String id = vm.edits().createFrame(new Rect(100_000, 200_000, 300_000, 4000)).orElseThrow();
        Rect b = doc.edition().page("p1").orElseThrow().frame(id).orElseThrow().bounds();
        assertEquals(new Rect(100_000, 200_000, 300_000, NewFrames.RULE_WEIGHT), b);
    }

    @Test
    void deletingAThreadedFrameTakesItOutOfTheChainAndUndoPutsItBack() {
        var before = doc.edition();
        vm.selectedFrameIdProperty().set("t1");
        assertTrue(vm.edits().deleteSelected());
        assertTrue(doc.edition().page("p1").orElseThrow().frame("t1").isEmpty());
        assertEquals(List.of(new paiban.model.story.FrameRef("p2", "t2")), doc.edition().story("s1").orElseThrow().chain());
        assertEquals(before.story("s1").orElseThrow().paragraphs(), doc.edition().story("s1").orElseThrow().paragraphs(),
                "the text stays");
        vm.undoStack().undo();
        assertEquals(before, doc.edition());
    }

    @Test
    void lockedFramesAreNotDeleted() {
        vm.selectedFrameIdProperty().set("ad1");
        var p = doc.edition().page("p1").orElseThrow();
        doc.setEdition(doc.edition().withPage(p.withFrame(p.frame("ad1").orElseThrow().withLocked(true))));
        vm.selectedFrameIdProperty().set("ad1");
        assertEquals(false, vm.edits().deleteSelected());
    }

    private static int[] centre(Rect r) { return new int[] {r.x() + r.width() / 2, r.y() + r.height() / 2}; }

    @Test
    void threadingAFrameOnAnotherPageContinuesTheStoryThere() {
        // t1 (page 1) → t2 (page 2) already; thread t2 → t3 on page 2
        vm.toolProperty().set(Tool.THREAD);
        vm.showPage(1);
        int[] t2 = centre(TestEditions.T.gridRect(0, 4, 3, 60)), t3 = centre(TestEditions.T.gridRect(4, 4, 3, 60));
        assertEquals(false, vm.edits().threadClick(t2[0], t2[1], 0));
        assertEquals(true, vm.edits().threadClick(t3[0], t3[1], 0));
        assertEquals(List.of(new paiban.model.story.FrameRef("p1", "t1"), new paiban.model.story.FrameRef("p2", "t2"),
                new paiban.model.story.FrameRef("p2", "t3")), doc.edition().story("s1").orElseThrow().chain());
        vm.undoStack().undo();
        assertEquals(2, doc.edition().story("s1").orElseThrow().chain().size());
    }

    @Test
    void threadingTwoEmptyFramesMakesANewStoryAcrossPages() {
        vm.toolProperty().set(Tool.THREAD);
        int[] cap = centre(TestEditions.T.gridRect(5, 3, 34, 4)), t3 = centre(TestEditions.T.gridRect(4, 4, 3, 60));
        vm.edits().threadClick(cap[0], cap[1], 0);
        vm.showPage(1);
        assertTrue(vm.edits().threadClick(t3[0], t3[1], 0));
        var story = doc.edition().storyOfFrame("cap1").orElseThrow();
        assertEquals(List.of(new paiban.model.story.FrameRef("p1", "cap1"), new paiban.model.story.FrameRef("p2", "t3")),
                story.chain());
        vm.undoStack().undo();
        assertTrue(doc.edition().storyOfFrame("cap1").isEmpty());
    }

    @Test
    void framesThatCannotHoldTextAreNotThreaded() {
        vm.toolProperty().set(Tool.THREAD);
        int[] ad = centre(TestEditions.T.gridRect(0, 8, 80, 22));
        assertEquals(false, vm.edits().threadClick(ad[0], ad[1], 0));
        assertEquals(null, vm.threadFromProperty().get());
    }

    @Test
    void unthreadingKeepsTheText() {
        vm.selectedFrameIdProperty().set("t1");
        String text = doc.edition().story("s1").orElseThrow().text();
        assertTrue(vm.edits().unthreadSelected());
        assertEquals(List.of(new paiban.model.story.FrameRef("p2", "t2")), doc.edition().story("s1").orElseThrow().chain());
        assertEquals(text, doc.edition().story("s1").orElseThrow().text());
    }

    @Test
    void restackAndLock() {
        vm.selectedFrameIdProperty().set("h1");
        assertTrue(vm.edits().restack(1));
        assertEquals(List.of("hl1", "h1"), vm.outlines().subList(0, 2).stream().map(FrameOutline::frameId).toList());
        assertTrue(vm.edits().restack(100));
        assertEquals("h1", vm.outlines().get(vm.outlines().size() - 1).frameId());
        assertEquals(false, vm.edits().restack(1), "already in front");
        assertTrue(vm.edits().toggleLock());
        assertTrue(vm.selected().orElseThrow().locked());
        assertEquals(false, vm.edits().deleteSelected());
        vm.undoStack().undo();
        vm.undoStack().undo();
        vm.undoStack().undo();
        assertEquals(TestEditions.twoPages(), doc.edition());
    }

    @Test
    void theLiveLayoutOfADragIsTheLayoutTheDropGives() {
        // t1 spans 5 basic columns in 5 text columns; narrowed to 2 it will have 2, and so must the preview
        Rect narrow = TestEditions.T.gridRect(0, 2, 10, 40);
        vm.edits().showLive(java.util.Map.of("t1", narrow));
        var live = vm.liveLayoutProperty().get().page("p1").orElseThrow();
        vm.edits().showLive(java.util.Map.of());
        assertEquals(null, vm.liveLayoutProperty().get());
        vm.edits().setBounds("t1", narrow);
        assertEquals(doc.layout().page("p1").orElseThrow(), live);
    }

    @Test
    void anUndoOfAChangeOnAnotherPageShowsThatPage() {
        vm.select(List.of("ad1"), "ad1");
        vm.edits().deleteSelected();
        vm.showPage(1);
        vm.undoStack().undo();
        assertEquals(0, vm.pageIndex(), "page 1, where the ad is back");
        vm.showPage(1);
        vm.undoStack().redo();
        assertEquals(0, vm.pageIndex());
        // a change on the page shown keeps it
        vm.undoStack().undo();
        assertEquals(0, vm.pageIndex());
    }
}
