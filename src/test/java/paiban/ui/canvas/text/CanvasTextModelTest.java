package paiban.ui.canvas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import paiban.edit.LineCarets;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.TestEditions;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.edit.UndoStack;
import paiban.ui.story.StoryEditorViewModel;

/** Text mode without a window: entering, moving across lines, frames and pages, typing, undo. */
@InLanguage("zh")
class CanvasTextModelTest {
    static final String BODY = "本报讯（记者 林小河）今天上午，明城地铁三号线正式开通运营。";
    EditionDocument doc;
    Edition original;
    UndoStack undo;
    CanvasViewModel canvas;
    CanvasTextModel text;
    StoryEditorViewModel storyEditor;

    @BeforeEach
    void setUp() {
        Edition e = TestEditions.twoPages();
        Story s = e.story("s1").orElseThrow();
        // the lead with a 粗体 dateline, long enough to run on to page 2 and overset there
        List<Paragraph> ps = List.of(s.paragraphs().get(0),
                new Paragraph("电头", BODY.repeat(250), List.of(new CharRun(0, 11, "粗体"))));
        original = e.withStory(s.withParagraphs(ps));
        doc = new EditionDocument(TestEditions.COMPOSER, original, null);
        undo = new UndoStack(doc);
        canvas = new CanvasViewModel(doc, undo);
        text = canvas.text();
        storyEditor = new StoryEditorViewModel(doc, text.typing(), canvas.selectedFrameIdProperty());
    }

    private Story lead() { return doc.edition().story("s1").orElseThrow(); }

    private StoryLines lines() { return text.lines().orElseThrow(); }

    /** Enters t1 with a click on line {@code i} of the lead, before character {@code k} of the line. */
    private StoryOffset enterAt(int i, int k) {
        LineBox l = lines0().lines().get(i).line();
        int x = LineCarets.caretX(l, l.start() + k) + 200;
        assertTrue(text.enter("t1", x, l.baseline() - 2000));
        return new StoryOffset(l.paragraph(), l.start() + k);
    }

    private StoryLines lines0() {
        return StoryLines.of(doc.layout(), lead());
    }

    @Test
    void enteringPutsTheCaretAtTheBoundaryUnderThePointer() {
        StoryOffset at = enterAt(4, 3);
        assertEquals(TextCaret.at(at), text.caret());
        assertEquals("t1", canvas.selectedFrameIdProperty().get());
        assertTrue(text.caretPlace().isPresent());
        assertEquals("p1", text.caretPlace().get().pageId());
    }

    @Test
    void aFrameThatHoldsNoTextCannotBeEntered() {
        assertFalse(text.enter("ad1", 0, 0));
        assertFalse(text.active());
    }

    @Test
    void typingInsertsAtTheCaretAsOneUndoStep() {
        StoryOffset at = enterAt(4, 3);
        String before = lead().paragraphs().get(1).text();
        text.type("新");
        text.type("华");
        text.type("社");
        String after = lead().paragraphs().get(1).text();
        assertEquals(before.substring(0, at.offset()) + "新华社" + before.substring(at.offset()), after);
        assertEquals(new StoryOffset(1, at.offset() + 3), text.caret().caret());
        assertEquals(1, undo.depth(), "a burst of typing is one undo step");
        assertTrue(lines().lines().stream().anyMatch(p -> p.line().text().contains("新华社")), "the layout reflowed");
        assertSame(lead(), storyEditor.story(), "the story editor shows the canvas's edit");
        undo.undo();
        assertEquals(original, doc.edition());
        assertEquals(at, text.caret().caret(), "undone, the caret is back where the typing began");
        undo.redo();
        assertEquals(after, lead().paragraphs().get(1).text());
        assertEquals(new StoryOffset(1, at.offset() + 3), text.caret().caret(), "redone, after the text typed");
    }

    @Test
    void typingInTheDatelineRunExtendsIt() {
        int first = 0;
        while (!lines0().lines().get(first).start().equals(new StoryOffset(1, 0))) first++;
        assertEquals(new StoryOffset(1, 1), enterAt(first, 1));
        text.type("新华社");
        assertEquals(List.of(new CharRun(0, 14, "粗体")), lead().paragraphs().get(1).runs());
    }

    @Test
    void enterThenBackspaceGivesTheSameText() {
        StoryOffset at = enterAt(6, 5);
        text.newParagraph();
        assertEquals(3, lead().paragraphs().size());
        assertEquals("电头", lead().paragraphs().get(2).style(), "the new paragraph keeps the style");
        assertEquals(new StoryOffset(2, 0), text.caret().caret());
        assertTrue(text.caretPlace().isPresent(), "the caret shows at the new paragraph's start");
        var line = lines().line(text.caret().caret(), false).orElseThrow();
        assertEquals(2, line.line().paragraph());
        text.deleteBackward();
        assertEquals(original.story("s1").orElseThrow().paragraphs(), lead().paragraphs());
        assertEquals(at, text.caret().caret());
    }

    @Test
    void shiftEnterBreaksTheLineInTheSameParagraphAndBackspaceTakesItAgain() {
        StoryOffset at = enterAt(6, 5);
        text.lineBreak();
        assertEquals(2, lead().paragraphs().size(), "no new paragraph");
        String t = lead().paragraphs().get(1).text();
        assertEquals(Paragraph.LINE_BREAK, t.charAt(at.offset()));
        assertEquals(new StoryOffset(1, at.offset() + 1), text.caret().caret());
        var line = lines().line(text.caret().caret(), false).orElseThrow();
        assertEquals(at.offset() + 1, line.line().start(), "the text after the break starts a line");
        text.deleteBackward();
        assertEquals(original.story("s1").orElseThrow().paragraphs(), lead().paragraphs());
    }

    @Test
    void backspaceAndDeleteTakeWholeSurrogatePairs() {
        enterAt(4, 3);
        text.type("𠀀");
        StoryOffset after = text.caret().caret();
        text.deleteBackward();
        assertEquals(after.offset() - 2, text.caret().caret().offset());
        text.type("𠀀");
        text.left(false);
        text.deleteForward();
        assertEquals(original.story("s1").orElseThrow().paragraphs(), lead().paragraphs());
    }

    @Test
    void shiftExtendsTheSelectionAndTypingReplacesIt() {
        StoryOffset at = enterAt(4, 0);
        text.right(true);
        text.right(true);
        assertEquals(new TextCaret(at, new StoryOffset(1, at.offset() + 2), false), text.caret());
        String sel = text.selectedText();
        assertEquals(lead().paragraphs().get(1).text().substring(at.offset(), at.offset() + 2), sel);
        text.type("甲");
        assertEquals(new StoryOffset(1, at.offset() + 1), text.caret().caret());
        assertFalse(text.caret().hasSelection());
    }

    @Test
    void cutAndPasteAreUndoStepsOfTheirOwn() {
        enterAt(4, 0);
        for (int i = 0; i < 4; i++) text.right(true);
        String cut = text.cut();
        assertEquals(4, cut.length());
        assertEquals(1, undo.depth());
        text.paste(cut);
        assertEquals(2, undo.depth());
        assertEquals(original.story("s1").orElseThrow().paragraphs(), lead().paragraphs());
        text.paste("一\n二");
        assertEquals(3, lead().paragraphs().size(), "a pasted line end makes a paragraph");
    }

    @Test
    void upAndDownMoveByLineKeepingTheX() {
        enterAt(5, 4);
        int x = text.caretPlace().orElseThrow().x() - lines().lines().get(5).line().x();
        text.vertical(1, false);
        assertEquals(6, lines().lineIndex(text.caret().caret(), text.caret().lineEnd()));
        text.vertical(1, false);
        text.vertical(-1, false);
        assertEquals(6, lines().lineIndex(text.caret().caret(), text.caret().lineEnd()));
        assertEquals(x, text.caretPlace().orElseThrow().x() - lines().lines().get(6).line().x());
    }

    @Test
    void undoAfterTheCaretMovedAwayBringsItAndTheCanvasBackToTheChange() {
        StoryOffset at = enterAt(4, 3);
        text.type("新");
        text.type("华");
        text.storyEdge(true, false);
        assertEquals(1, canvas.pageIndex(), "the story's end is on page 2");
        undo.undo();
        assertEquals(original, doc.edition());
        assertEquals(at, text.caret().caret(), "the caret where the undone typing was");
        assertEquals(0, canvas.pageIndex(), "and the canvas shows it");
        assertEquals("t1", canvas.selectedFrameIdProperty().get());
        undo.redo();
        assertEquals(new StoryOffset(at.paragraph(), at.offset() + 2), text.caret().caret(), "redone: after the text typed");
    }

    @Test
    void movingPastTheLastLineOfPageOneShowsPageTwo() {
        enterAt(4, 0);
        int lastOnP1 = -1;
        for (int i = 0; i < lines().lines().size(); i++) if (lines().lines().get(i).pageId().equals("p1")) lastOnP1 = i;
        StoryLines.Placed last = lines().lines().get(lastOnP1);
        text.pointAt(last.line().x() + 10, last.line().baseline() - 1000, 0, false);
        text.vertical(1, false);
        assertEquals(1, canvas.pageIndex(), "the canvas shows the page the caret went to");
        assertEquals("t2", canvas.selectedFrameIdProperty().get());
        assertTrue(text.active());
        assertEquals(lastOnP1 + 1, lines().lineIndex(text.caret().caret(), false));
        text.vertical(-1, false);
        assertEquals(0, canvas.pageIndex());
        assertEquals("t1", canvas.selectedFrameIdProperty().get());
    }

    @Test
    void theCaretStopsAtTheLastLaidOutCharacterButTypingThereGrowsTheOverset() {
        enterAt(4, 0);
        text.storyEdge(true, false);
        StoryOffset last = lines().lastPlace();
        assertEquals(last, text.caret().caret());
        text.right(false);
        text.vertical(1, false);
        assertEquals(last, text.caret().caret());
        int overset = doc.layout().stories().get("s1").overset();
        text.type("甲乙");
        assertEquals(overset + 2, doc.layout().stories().get("s1").overset());
        assertEquals(new StoryOffset(last.paragraph(), last.offset() + 2), text.caret().caret(), "typing goes on in order");
        var place = text.caretPlace().orElseThrow();
        assertTrue(place.overset(), "shown as overset, after the last character set");
        StoryLines.Placed lastLine = lines().line(lines().lastPlace(), true).orElseThrow();
        assertEquals(LineCarets.caretX(lastLine.line(), lines().lastPlace().offset()), place.x());
        text.left(false);
        assertTrue(!lines().lastPlace().before(text.caret().caret()), "moving brings the caret back into set text");
    }

    @Test
    void homeAndEndGoToTheLinesEdges() {
        enterAt(5, 4);
        StoryLines.Placed line = lines().lines().get(5);
        text.lineEdge(true, false);
        assertEquals(new TextCaret(line.end(), line.end(), true), text.caret());
        assertEquals(LineCarets.caretX(line.line(), line.line().end()), text.caretPlace().orElseThrow().x(),
                "shown at this line's end, not the next line's start");
        text.lineEdge(false, true);
        assertEquals(line.start(), text.caret().caret());
        assertEquals(line.line().end() - line.line().start(), text.selectedText().length());
    }

    @Test
    void aFrameWithoutAStoryGetsOneOnTheFirstKeystroke() {
        assertTrue(text.enter("hl1", 0, 0));
        assertTrue(text.caretPlace().isPresent(), "the caret waits in the empty frame");
        text.type("地铁");
        text.type("开通");
        Story made = doc.edition().storyOfFrame("hl1").orElseThrow();
        assertEquals(List.of(new Paragraph("主题", "地铁开通")), made.paragraphs());
        assertEquals(1, undo.depth());
        undo.undo();
        assertTrue(doc.edition().storyOfFrame("hl1").isEmpty());
        assertTrue(text.active(), "still typing in the frame");
        assertEquals(TextCaret.at(StoryOffset.START), text.caret());
        text.type("再");
        assertEquals("再", doc.edition().storyOfFrame("hl1").orElseThrow().text());
    }

    @Test
    void escapeLeavesAndTheFrameStaysSelected() {
        enterAt(4, 0);
        text.leave();
        assertNull(text.caret());
        assertEquals("t1", canvas.selectedFrameIdProperty().get());
    }

    @Test
    void selectingAnotherFrameOrPageLeaves() {
        enterAt(4, 0);
        canvas.selectedFrameIdProperty().set("ad1");
        assertFalse(text.active());
        enterAt(4, 0);
        canvas.showPage(1);
        assertFalse(text.active());
    }

    @Test
    void undoFromElsewhereKeepsTheCaretInTheText() {
        enterAt(4, 0);
        text.storyEdge(true, false);
        storyEditor.showStory("s1");
        List<Paragraph> ps = new ArrayList<>(lead().paragraphs());
        ps.set(1, ps.get(1).withText("短"));
        storyEditor.edit(ps);
        assertEquals(new StoryOffset(1, 1), text.caret().caret(), "clamped into the shorter text");
        text.type("文");
        assertEquals("短文", lead().paragraphs().get(1).text());
        assertNotEquals(original, doc.edition());
    }

    @Test
    void doubleClickSelectsAHanCharacterOrALatinWord() {
        enterAt(4, 0);
        text.type("Paiban");
        StoryLines.Placed line = lines().line(text.caret().caret(), false).orElseThrow();
        int x = LineCarets.caretX(line.line(), text.caret().caret().offset() - 3);
        assertTrue(text.selectWordAt(x, line.line().baseline() - 1000, 0));
        assertEquals("Paiban", text.selectedText());
    }

    @Test
    void selectAllTakesTheWholeStoryWithoutLeavingThePage() {
        enterAt(4, 0);
        text.selectAll();
        assertEquals(lead().text(), text.selectedText());
        assertEquals(0, canvas.pageIndex());
        text.right(false);
        assertEquals(lines().lastPlace(), text.caret().caret(), "collapsing to the end stops at the last character set");
    }
}
