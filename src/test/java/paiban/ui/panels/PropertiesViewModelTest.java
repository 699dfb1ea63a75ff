package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;


import org.junit.jupiter.api.Test;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.TextFrame;
import paiban.model.unit.Units;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;

@InLanguage("zh")
class PropertiesViewModelTest {
    final EditionDocument doc = TestEditions.document();
    final UndoStack undo = new UndoStack(doc);
    final CanvasViewModel canvas = new CanvasViewModel(doc, undo);
    final PropertiesViewModel vm = new PropertiesViewModel(canvas);
    final PageTemplate t = TestEditions.T;

    private PropertyRow row(String name) {
        return vm.row(name).orElseThrow(() -> new AssertionError("no row " + name + " in "
                + vm.rows().stream().map(PropertyRow::name).toList()));
    }

    @Test
    void withNothingSelectedThePageIsShown() {
        assertEquals("第一版", row("版名").value());
        assertEquals("要闻", row("栏目").value());
        assertEquals(7, row("图框数").value());
        assertFalse(row("版名").editable());
    }

    @Test
    void editingTheSectionIsAnUndoableChange() {
        vm.set(row("栏目"), "城市新闻");
        assertEquals("城市新闻", doc.edition().pages().get(0).section());
        assertEquals("城市新闻", row("栏目").value());
        undo.undo();
        assertEquals("要闻", doc.edition().pages().get(0).section());
    }

    @Test
    void aTextFrameShowsItsGeometryInMillimetresColumnsCharactersAndLines() {
        canvas.selectedFrameIdProperty().set("t1");
        Rect b = t.gridRect(0, 5, 10, 40);
        assertEquals("正文框", row("类型").value());
        assertEquals(Math.round(Units.toMm(b.x()) * 10) / 10.0, row("左 (毫米)").value());
        assertEquals("5 栏", row("宽 (栏)").value());
        assertEquals(69.0, row("宽 (字)").value()); // 5 × 13 + 4 gaps of 1 字
        assertEquals(40.0, row("高 (行)").value());
        assertEquals(5, row("分栏").value());
    }

    @Test
    void aCommittedWidthIsOneUndoStep() {
        canvas.selectedFrameIdProperty().set("t1");
        Rect before = t.gridRect(0, 5, 10, 40);
        PropertyRow width = row("宽 (毫米)");
        vm.set(width, 150.0);
        assertEquals(Units.mm(150), frame("t1").bounds().width());
        assertSame(width, row("宽 (毫米)"), "the row survives the edit, so its editor keeps focus");
        assertEquals(1, undo.depth());
        undo.undo();
        assertEquals(before, frame("t1").bounds());
    }

    /** QA: 35 then 36.7 committed in 高 went back to the first height in one Ctrl+Z. */
    @Test
    void twoCommitsToOneFieldAreTwoUndoSteps() {
        canvas.selectedFrameIdProperty().set("ad1");
        int original = frame("ad1").bounds().height();
        vm.set(row("高 (毫米)"), 35.0);
        vm.set(row("高 (毫米)"), 36.7);
        assertEquals(Units.mm(36.7), frame("ad1").bounds().height());
        assertEquals(2, undo.depth());
        undo.undo();
        assertEquals(Units.mm(35), frame("ad1").bounds().height());
        assertEquals(35.0, row("高 (毫米)").value());
        undo.undo();
        assertEquals(original, frame("ad1").bounds().height());
        undo.redo();
        assertEquals(Units.mm(35), frame("ad1").bounds().height());
    }

    @Test
    void undoAndRedoReachTheDocument() {
        canvas.selectedFrameIdProperty().set("t1");
        vm.set(row("分栏"), 3);
        vm.undo();
        assertEquals(5, ((TextFrame) frame("t1")).columns());
        vm.redo();
        assertEquals(3, ((TextFrame) frame("t1")).columns());
    }

    @Test
    void theSizeInLinesCharactersAndColumnsCanBeTyped() {
        canvas.selectedFrameIdProperty().set("t1");
        Rect before = frame("t1").bounds();
        vm.set(row("高 (行)"), 8.0);
        assertEquals(t.bodySize() + 7 * t.pitch(), frame("t1").bounds().height(), "8 grid lines: a body and seven pitches");
        assertEquals(8.0, row("高 (行)").value());
        assertEquals(t.gridRect(0, 5, 10, 8), frame("t1").bounds(), "as high as a frame drawn over 8 lines");
        vm.set(row("宽 (栏)"), "3");
        assertEquals(t.spanWidth(3), frame("t1").bounds().width());
        assertEquals("3 栏", row("宽 (栏)").value());
        vm.set(row("宽 (字)"), 20.0);
        assertEquals(20 * t.bodySize(), frame("t1").bounds().width());
        assertEquals(before.x(), frame("t1").bounds().x());
        assertEquals(before.y(), frame("t1").bounds().y());
        assertEquals(3, undo.depth());
        undo.undo();
        undo.undo();
        undo.undo();
        assertEquals(before, frame("t1").bounds());
    }

    @Test
    void aSizeOfNothingOrTheSameSizeIsNoStep() {
        canvas.selectedFrameIdProperty().set("t1");
        assertFalse(vm.set(row("高 (行)"), 0.5));
        assertFalse(vm.set(row("宽 (字)"), 0.0));
        assertFalse(vm.set(row("宽 (栏)"), "栏"));
        assertFalse(vm.set(row("宽 (栏)"), "5"), "5 in a frame of 5 栏 changes nothing");
        assertEquals("5 栏", row("宽 (栏)").value());
        assertEquals(0, undo.depth());
    }

    private paiban.model.frame.Frame frame(String id) {
        return doc.edition().page("p1").orElseThrow().frame(id).orElseThrow();
    }

    @Test
    void columnsOfATextFrame() {
        canvas.selectedFrameIdProperty().set("t1");
        vm.set(row("分栏"), 3);
        assertEquals(3, ((TextFrame) doc.edition().page("p1").orElseThrow().frame("t1").orElseThrow()).columns());
        vm.set(row("分栏"), 0); // refused by the model: nothing changes
        assertEquals(3, ((TextFrame) doc.edition().page("p1").orElseThrow().frame("t1").orElseThrow()).columns());
        assertEquals(1, undo.depth());
    }

    @Test
    void lockingAndTheAdvertiser() {
        canvas.selectedFrameIdProperty().set("ad1");
        vm.set(row("广告客户"), "明城电器");
        vm.set(row("锁定"), true);
        AdFrame ad = (AdFrame) doc.edition().page("p1").orElseThrow().frame("ad1").orElseThrow();
        assertEquals("明城电器", ad.advertiser());
        assertTrue(ad.locked());
        assertEquals(2, undo.depth());
    }

    @Test
    void theSameValueIsNoChange() {
        canvas.selectedFrameIdProperty().set("t1");
        vm.set(row("分栏"), 5);
        assertEquals(0, undo.depth());
    }

    @Test
    void offGridWidthsShowFractionalColumns() {
        assertEquals("2.5 栏", PropertiesViewModel.columnsText((t.spanWidth(2) + t.spanWidth(3) + t.gap()) / 2, t));
    }

    @Test
    void severalFramesShowHowManyWhatTheyShareAndTheirBox() {
        canvas.select(java.util.List.of("t1", "cap1"), "t1");
        assertEquals("2 个框", row("已选").value());
        assertEquals("正文框", row("类型").value());
        assertEquals(false, row("锁定").value());
        assertEquals("无", row("编组").value());
        Rect t1 = t.gridRect(0, 5, 10, 40), cap1 = t.gridRect(5, 3, 34, 4);
        assertEquals(PropertiesViewModel.mm(t1.x()), row("左 (毫米)").value());
        assertEquals(PropertiesViewModel.mm(cap1.right() - t1.x()), row("宽 (毫米)").value());
        assertTrue(vm.row("广告客户").isEmpty() && vm.row("分栏").isEmpty(), "no single frame's rows");
        canvas.select(java.util.List.of("t1", "ad1"), "t1");
        assertEquals("（不同）", row("类型").value());
    }

    @Test
    void lockingAndMovingSeveralFramesFromThePanelIsOneStepEach() {
        canvas.select(java.util.List.of("t1", "ad1"), "ad1");
        vm.set(row("锁定"), true);
        assertTrue(doc.edition().page("p1").orElseThrow().frame("t1").orElseThrow().locked());
        assertTrue(doc.edition().page("p1").orElseThrow().frame("ad1").orElseThrow().locked());
        assertEquals(1, undo.depth());
        undo.undo();
        Rect t1 = t.gridRect(0, 5, 10, 40), ad1 = t.gridRect(0, 8, 80, 22);
        vm.set(row("上 (毫米)"), PropertiesViewModel.mm(t1.y()) + 10.0);
        int dy = Units.mm(PropertiesViewModel.mm(t1.y()) + 10.0) - t1.y();
        assertEquals(t1.moved(0, dy), doc.edition().page("p1").orElseThrow().frame("t1").orElseThrow().bounds());
        assertEquals(ad1.moved(0, dy), doc.edition().page("p1").orElseThrow().frame("ad1").orElseThrow().bounds());
        assertEquals(1, undo.depth());
    }

    @Test
    void oneSelectedFrameStillShowsItsOwnRows() {
        canvas.select(java.util.List.of("ad1"), "ad1");
        assertEquals("明城银行", row("广告客户").value());
        assertTrue(vm.row("已选").isEmpty());
    }
}
