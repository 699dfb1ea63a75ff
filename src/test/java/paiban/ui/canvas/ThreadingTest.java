package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.story.FrameRef;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

/**
 * The thread tool on the sample edition, where the lead runs p1-lead-1 →
 * p1-lead-2 → p3-lead-3: the jump lines follow every thread and unthread.
 */
@InLanguage("zh")
class ThreadingTest {
    static final Path SAMPLE = EditionLoader.sample();
    Edition saved;
    EditionDocument doc;
    UndoStack undo;
    CanvasViewModel vm;

    @BeforeEach
    void setUp() throws Exception {
        saved = EditionFile.read(SAMPLE);
        doc = new EditionDocument(TestEditions.COMPOSER, saved, SAMPLE);
        undo = new UndoStack(doc);
        vm = new CanvasViewModel(doc, undo);
    }

    static List<String> jumps(EditionLayout layout, String pageId) {
        return layout.page(pageId).orElseThrow().lines().stream()
                .filter(l -> l.generated() && !l.storyId().isEmpty()).map(LineBox::text).toList();
    }

    /** A thread-tool click in the middle of a frame, showing its page first as the pages panel does. */
    private boolean click(FrameRef f) {
        vm.showPage(doc.edition().pageNumber(f.pageId()) - 1);
        Rect r = doc.edition().frame(f).orElseThrow().bounds();
        return vm.edits().threadClick(r.x() + r.width() / 2, r.y() + r.height() / 2, 0);
    }

    private String newFrameOnPage2() {
        vm.showPage(1);
        vm.toolProperty().set(Tool.TEXT);
        return vm.edits().createFrame(vm.template().orElseThrow().gridRect(0, 2, 10, 12)).orElseThrow();
    }

    private List<FrameRef> leadChain() {
        return doc.edition().story("lead").orElseThrow().chain();
    }

    @Test
    void aFrameOnAnotherPageContinuesTheStoryAndTheJumpLinesFollow() {
        assertEquals(List.of("（下转第三版）"), jumps(doc.layout(), "p1"));
        String x = newFrameOnPage2();
        vm.toolProperty().set(Tool.THREAD);
        assertFalse(click(new FrameRef("p1", "p1-lead-2")));
        assertEquals(new FrameRef("p1", "p1-lead-2"), vm.threadFromProperty().get());
        assertTrue(click(new FrameRef("p2", x)));
        assertEquals(List.of(new FrameRef("p1", "p1-lead-1"), new FrameRef("p1", "p1-lead-2"), new FrameRef("p2", x),
                new FrameRef("p3", "p3-lead-3")), leadChain());
        assertEquals(List.of("（下转第二版）"), jumps(doc.layout(), "p1"));
        assertTrue(jumps(doc.layout(), "p2").containsAll(List.of("（上接第一版）", "（下转第三版）")), jumps(doc.layout(), "p2").toString());
        assertTrue(jumps(doc.layout(), "p3").contains("（上接第二版）"), jumps(doc.layout(), "p3").toString());
        undo.undo();
        undo.undo();
        assertEquals(saved, doc.edition());
        assertEquals(List.of("（下转第三版）"), jumps(doc.layout(), "p1"));
        assertEquals(List.of("滨江岸线全线贯通", "（上接第一版）"), jumps(doc.layout(), "p3"));
    }

    @Test
    void aFrameOfAnotherStoryIsNotTakenOver() {
        vm.toolProperty().set(Tool.THREAD);
        click(new FrameRef("p1", "p1-lead-2"));
        assertFalse(click(new FrameRef("p1", "p1-economy")));
        assertEquals(0, undo.depth());
        assertEquals(saved, doc.edition());
    }

    @Test
    void anImageIsNoLinkOfAChain() {
        vm.toolProperty().set(Tool.THREAD);
        click(new FrameRef("p1", "p1-lead-2"));
        assertFalse(click(new FrameRef("p1", "p1-lead-photo")));
        assertEquals(saved, doc.edition());
    }

    @Test
    void unthreadingKeepsTheTextAndTheJumpGoes() {
        vm.showPage(2);
        vm.selectedFrameIdProperty().set("p3-lead-3");
        assertTrue(vm.edits().unthreadSelected());
        assertEquals(2, leadChain().size());
        assertEquals(saved.story("lead").orElseThrow().paragraphs(), doc.edition().story("lead").orElseThrow().paragraphs());
        assertEquals(List.of(), jumps(doc.layout(), "p1"));
        assertTrue(doc.layout().stories().get("lead").overset() > 0, "what no longer fits is overset, not dropped");
        undo.undo();
        assertEquals(saved, doc.edition());
        assertEquals(List.of("（下转第三版）"), jumps(doc.layout(), "p1"));
    }
}
