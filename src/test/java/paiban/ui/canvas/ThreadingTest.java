package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.Messages;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/** The thread tool on the sample edition: the lead runs p1-lead-1 → p1-lead-2 → p3-lead-3. */
class ThreadingTest {
    static final Path SAMPLE = EditionLoader.sample();
    Edition saved;
    EditionDocument doc;
    UndoStack undo;
    CanvasViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
        saved = EditionFile.read(SAMPLE);
        doc = new EditionDocument(TestEditions.COMPOSER, saved, SAMPLE);
        undo = new UndoStack(doc);
        vm = new CanvasViewModel(doc, undo);
    }

    static List<String> jumps(EditionLayout layout, String pageId) {
        return layout.page(pageId).orElseThrow().lines().stream()
                .filter(l -> l.generated() && !l.storyId().isEmpty()).map(LineBox::text).toList();
    }

    private String newFrameOnPage2() {
        vm.showPage(1);
        vm.toolProperty().set(Tool.TEXT);
        var t = vm.template().orElseThrow();
        return vm.createFrame(t.gridRect(0, 2, 10, 12)).orElseThrow();
    }

    private List<FrameRef> leadChain() {
        return doc.edition().story("lead").orElseThrow().chain();
    }

    @Test
    void aFrameOnAnotherPageContinuesTheStoryAndTheJumpLinesFollow() {
        assertEquals(List.of("（下转第三版）"), jumps(doc.layout(), "p1"));
        String x = newFrameOnPage2();
        vm.toolProperty().set(Tool.THREAD);
        vm.showPage(0);
        vm.threading().click(new FrameRef("p1", "p1-lead-2"));
        assertEquals(new FrameRef("p1", "p1-lead-2"), vm.threading().sourceProperty().get());
        vm.showPage(1);
        vm.threading().click(new FrameRef("p2", x));
        assertNull(vm.threading().sourceProperty().get());
        assertEquals(List.of(new FrameRef("p1", "p1-lead-1"), new FrameRef("p1", "p1-lead-2"), new FrameRef("p2", x),
                new FrameRef("p3", "p3-lead-3")), leadChain());
        assertEquals(List.of("（下转第二版）"), jumps(doc.layout(), "p1"));
        assertTrue(jumps(doc.layout(), "p2").containsAll(List.of("（上接第一版）", "（下转第三版）")), jumps(doc.layout(), "p2").toString());
        assertTrue(jumps(doc.layout(), "p3").contains("（上接第二版）"), jumps(doc.layout(), "p3").toString());
        undo.undo();
        undo.undo();
        assertEquals(saved, doc.edition());
        assertEquals(List.of("（下转第三版）"), jumps(doc.layout(), "p1"));
    }

    @Test
    void twoEmptyFramesStartANewStory() {
        String x = newFrameOnPage2();
        String y = vm.createFrame(vm.template().orElseThrow().gridRect(4, 2, 10, 12)).orElseThrow();
        vm.toolProperty().set(Tool.THREAD);
        vm.threading().click(new FrameRef("p2", x));
        vm.threading().click(new FrameRef("p2", y));
        Story s = doc.edition().storyOfFrame(x).orElseThrow();
        assertEquals(List.of(new FrameRef("p2", x), new FrameRef("p2", y)), s.chain());
        assertTrue(s.paragraphs().isEmpty());
        assertTrue(doc.layout().stories().containsKey(s.id()));
    }

    @Test
    void clickingTheFirstFrameAgainLetsGoOfIt() {
        vm.toolProperty().set(Tool.THREAD);
        vm.threading().click(new FrameRef("p1", "p1-lead-2"));
        vm.threading().click(new FrameRef("p1", "p1-lead-2"));
        assertNull(vm.threading().sourceProperty().get());
        assertEquals(0, undo.depth());
    }

    @Test
    void aFrameOfAnotherStoryIsNotTakenOver() {
        vm.toolProperty().set(Tool.THREAD);
        vm.threading().click(new FrameRef("p1", "p1-lead-2"));
        vm.threading().click(new FrameRef("p1", "p1-economy"));
        assertEquals(0, undo.depth());
        assertEquals("p1/p1-economy 已有稿件《一季度经济数据》，请先断开".replace("p1/", "第一版 "),
                vm.threading().messageProperty().get());
        assertThrows(IllegalArgumentException.class,
                () -> Threading.thread(saved, new FrameRef("p1", "p1-lead-1"), new FrameRef("p3", "p3-lead-3")));
    }

    @Test
    void onlyTextFramesThread() {
        assertThrows(IllegalArgumentException.class,
                () -> Threading.thread(saved, new FrameRef("p1", "p1-lead-2"), new FrameRef("p1", "p1-lead-photo")));
        vm.toolProperty().set(Tool.THREAD);
        vm.threading().click(new FrameRef("p1", "p1-lead-photo"));
        assertNull(vm.threading().sourceProperty().get());
        assertEquals("只能串接正文框", vm.threading().messageProperty().get());
    }

    @Test
    void unthreadingKeepsTheTextAndTheJumpGoes() {
        assertTrue(vm.threading().unthread(new FrameRef("p3", "p3-lead-3")));
        assertEquals(2, leadChain().size());
        assertEquals(saved.story("lead").orElseThrow().paragraphs(), doc.edition().story("lead").orElseThrow().paragraphs());
        assertEquals(List.of(), jumps(doc.layout(), "p1"));
        assertTrue(doc.layout().stories().get("lead").overset() > 0, "what no longer fits is overset, not dropped");
        undo.undo();
        assertEquals(saved, doc.edition());
    }

    @Test
    void aClickWithTheThreadToolOnTheCanvasPicksTheFrameUnderIt() {
        vm.toolProperty().set(Tool.THREAD);
        Rect r = doc.edition().frame(new FrameRef("p1", "p1-lead-1")).orElseThrow().bounds();
        vm.threading().clickAt(r.x() + r.width() / 2, r.y() + r.height() / 2, 0);
        assertEquals(new FrameRef("p1", "p1-lead-1"), vm.threading().sourceProperty().get());
        assertEquals("p1-lead-1", vm.selectedFrameIdProperty().get());
    }
}
