package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.edit.UndoStack;

@InLanguage("zh")
class StoryEditorViewModelTest {
    EditionDocument doc;
    UndoStack undo;
    SimpleStringProperty selected;
    StoryEditorViewModel vm;
    Edition original;

    @BeforeEach
    void setUp() {
        doc = TestEditions.document();
        original = doc.edition();
        undo = new UndoStack(doc);
        selected = new SimpleStringProperty("");
        vm = new StoryEditorViewModel(doc, undo, selected);
    }

    /** The editor's paragraphs after typing {@code text} at {@code at} in paragraph {@code p}. */
    private List<Paragraph> typed(int p, int at, String text) {
        List<Paragraph> ps = new ArrayList<>(vm.story().paragraphs());
        String t = ps.get(p).text();
        ps.set(p, ps.get(p).withText(t.substring(0, at) + text + t.substring(at)));
        return ps;
    }

    @Test
    void selectingAFrameShowsItsStory() {
        assertNull(vm.story());
        assertEquals("稿件：选中一个排有稿件的图框", vm.titleProperty().get());
        selected.set("t2");
        assertEquals("s1", vm.story().id());
        assertEquals("稿件：城市新闻", vm.titleProperty().get());
    }

    /** QA: after a headline frame, the ad (or a new frame, or nothing) still showed its story, and typing edited it. */
    @Test
    void aFrameWithoutAStoryOrNoFrameShowsNoStoryAndNoCopyfit() {
        for (String other : new String[] {"ad1", "t3", ""}) {
            selected.set("t1");
            assertEquals("s1", vm.story().id());
            assertTrue(vm.copyfitProperty().get().startsWith("字数 "), vm.copyfitProperty().get());
            selected.set(other);
            assertNull(vm.story(), other + " has no story");
            assertEquals("稿件：选中一个排有稿件的图框", vm.titleProperty().get());
            assertEquals("", vm.copyfitProperty().get());
            assertFalse(vm.edit(List.of(new Paragraph("正文", "甲"))), "nothing to edit");
            assertEquals(original, doc.edition());
        }
    }

    /** The canvas's first keystroke into an empty frame makes a story: the editor shows it at once. */
    @Test
    void theStoryTypedIntoAnEmptyFrameComesIntoView() {
        paiban.edit.StoryTyping typing = new paiban.edit.StoryTyping(undo.history());
        StoryEditorViewModel v = new StoryEditorViewModel(doc, typing, selected);
        selected.set("t3");
        assertNull(v.story());
        String id = typing.startStory(doc.edition(), new paiban.model.story.FrameRef("p2", "t3"),
                List.of(new Paragraph("正文", "甲")));
        assertEquals(id, v.story().id());
        assertEquals("甲", v.story().paragraphs().get(0).text());
        assertTrue(v.copyfitProperty().get().startsWith("字数 1"), v.copyfitProperty().get());
    }

    @Test
    void typingChangesTheStoryTheLayoutAndTheCopyfit() {
        selected.set("t1");
        String before = vm.copyfitProperty().get();
        int chars = doc.layout().stories().get("s1").characters();
        Paragraph head = vm.story().paragraphs().get(0);
        assertTrue(vm.edit(typed(1, 0, "今天")));
        assertEquals(chars + 2, doc.layout().stories().get("s1").characters());
        assertTrue(doc.edition().story("s1").orElseThrow().paragraphs().get(1).text().startsWith("今天本报讯"));
        assertSame(head, doc.edition().story("s1").orElseThrow().paragraphs().get(0), "an untouched paragraph stays the same object");
        assertNotEquals(before, vm.copyfitProperty().get());
        assertTrue(vm.copyfitProperty().get().startsWith("字数 " + (chars + 2)), vm.copyfitProperty().get());
    }

    @Test
    void aKeystrokeReflowsOnlyFromTheChangedParagraph() throws Exception {
        paiban.compose.flow.EditionComposer composer = new paiban.compose.flow.EditionComposer(paiban.font.FontLibrary.shared());
        java.nio.file.Path sample = paiban.ui.EditionLoader.sample();
        EditionDocument d = new EditionDocument(composer, paiban.io.EditionFile.read(sample), sample);
        StoryEditorViewModel v = new StoryEditorViewModel(d, new UndoStack(d), null);
        v.showStory("lead");
        List<Paragraph> ps = new ArrayList<>(v.story().paragraphs());
        int last = ps.size() - 1;
        ps.set(last, ps.get(last).withText(ps.get(last).text() + "甲"));
        assertTrue(v.edit(ps));
        assertTrue(composer.session().lastWasIncremental(), "typing takes the incremental path");
        assertTrue(composer.session().lastComposedParagraphs() <= 2, "composed " + composer.session().lastComposedParagraphs());
        assertEquals(paiban.compose.flow.LayoutTextAccess.dump(new paiban.compose.flow.EditionComposer(paiban.font.FontLibrary.shared())
                .compose(d.edition(), sample.toAbsolutePath().getParent())), paiban.compose.flow.LayoutTextAccess.dump(d.layout()));
    }

    @Test
    void selectingALaterFrameOfTheStoryPointsAtWhereItsTextBegins() throws Exception {
        java.nio.file.Path sample = paiban.ui.EditionLoader.sample();
        EditionDocument d = new EditionDocument(TestEditions.COMPOSER, paiban.io.EditionFile.read(sample), sample);
        SimpleStringProperty sel = new SimpleStringProperty("");
        StoryEditorViewModel v = new StoryEditorViewModel(d, new UndoStack(d), sel);
        sel.set("p1-lead-1");
        assertEquals(new StoryEditorViewModel.TextPosition(0, 0), v.frameStartProperty().get());
        sel.set("p3-lead-3");
        StoryEditorViewModel.TextPosition p3 = v.frameStartProperty().get();
        // the first body line on page 3 (after 转版标题 and 上接) holds the story's text from that position
        paiban.layout.LineBox first = d.layout().page("p3").orElseThrow().lines().stream()
                .filter(l -> l.storyId().equals("lead") && !l.generated()).findFirst().orElseThrow();
        assertEquals(new StoryEditorViewModel.TextPosition(first.paragraph(), first.start()), p3);
        assertTrue(p3.paragraph() > 0, "page 3 continues a later paragraph");
        String para = v.story().paragraphs().get(p3.paragraph()).text();
        assertEquals(para.substring(p3.offset(), first.end()).replace(" ", ""), first.text().replace(" ", "").replace("\u3000", ""));
    }

    @Test
    void aBurstOfKeystrokesIsOneUndoStepEvenAcrossAParagraphBreak() {
        selected.set("t1");
        vm.edit(typed(1, 3, "甲"));
        vm.edit(typed(1, 4, "乙"));
        // Enter after 乙: the paragraph splits in two
        List<Paragraph> ps = new ArrayList<>(vm.story().paragraphs());
        Paragraph p = ps.get(1);
        ps.set(1, p.withText(p.text().substring(0, 5)));
        ps.add(2, p.withText(p.text().substring(5)));
        vm.edit(ps);
        vm.edit(typed(2, 0, "丙"));
        assertEquals(1, undo.depth());
        assertEquals(3, vm.story().paragraphs().size());
        undo.undo();
        assertEquals(original, doc.edition());
        undo.redo();
        assertEquals("丙", vm.story().paragraphs().get(2).text().substring(0, 1));
    }

    @Test
    void typingInAFarParagraphStartsANewUndoStep() {
        selected.set("t1");
        vm.edit(typed(1, 0, "甲"));
        vm.edit(typed(0, 0, "乙"));
        assertEquals(1, undo.depth(), "the paragraph next to the last one continues the burst");
        Edition afterTwo = doc.edition();
        List<Paragraph> ps = new ArrayList<>(vm.story().paragraphs());
        ps.add(new Paragraph("正文", "一"));
        ps.add(new Paragraph("正文", "二"));
        vm.edit(ps);
        vm.edit(typed(3, 1, "三"));
        assertEquals(2, undo.depth());
        undo.undo();
        assertEquals(afterTwo, doc.edition());
    }

    @Test
    void anEditHoldingWhatTheStoryHoldsChangesNothing() {
        selected.set("t1");
        assertFalse(vm.edit(vm.story().paragraphs()));
        assertEquals(0, undo.depth());
        assertSame(original, doc.edition());
    }

    @Test
    void restyleIsAnUndoStepOfItsOwn() {
        selected.set("t1");
        vm.edit(typed(1, 0, "甲"));
        assertTrue(vm.restyle(1, 1, "电头"));
        assertEquals("电头", vm.styleAt(1));
        assertFalse(vm.restyle(1, 1, "电头"), "already in that style");
        vm.edit(typed(1, 1, "乙"));
        assertEquals(3, undo.depth());
        undo.undo();
        undo.undo();
        assertEquals("正文", vm.styleAt(1));
        undo.undo();
        assertEquals(original, doc.edition());
    }

    @Test
    void theStylePickerListsTheEditionsParagraphStyles() {
        List<String> names = original.styles().paragraphStyles().stream().map(s -> s.name()).toList();
        assertEquals(names, vm.styleNames());
        assertTrue(vm.styleNames().contains("电头"));
    }

    @Test
    void undoShowsTheRestoredStory() {
        selected.set("t1");
        vm.edit(typed(1, 0, "甲"));
        undo.undo();
        assertSame(doc.edition().story("s1").orElseThrow(), vm.story());
    }

    @Test
    void anOversetStoryShowsCharactersOver() {
        selected.set("t1");
        List<Paragraph> ps = new ArrayList<>(vm.story().paragraphs());
        ps.add(new Paragraph("正文", "很长的稿件。".repeat(3000)));
        vm.edit(ps);
        assertTrue(vm.oversetProperty().get());
        int over = doc.layout().stories().get("s1").overset();
        assertTrue(over > 0);
        assertTrue(vm.copyfitProperty().get().endsWith("超 " + over + " 字"), vm.copyfitProperty().get());
    }
}
