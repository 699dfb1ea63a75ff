package paiban.ui.canvas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.event.Event;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.InputMethodEvent;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.compose.flow.EditionComposer;
import paiban.edit.LineCarets;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.render.fx.ScreenTransform;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.canvas.Tool;

/**
 * Typing on the page canvas of the sample edition: double-click the lead's
 * frame, type, select, cut and paste, commit input-method text, undo; the
 * story, the layout and the story editor's copyfit follow.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class CanvasTextFxTest {
    MainWindow window;
    Edition saved;

    @Start
    void start(Stage s) throws Exception {
        saved = EditionFile.read(EditionLoader.sample());
        // no autosave: these edits must not leave a copy beside the sample
        window = new MainWindow(new EditionDocument(new EditionComposer(FontLibrary.shared()), saved, EditionLoader.sample()));
        window.show(s);
    }

    private CanvasTextModel text() { return window.canvasModel().text(); }

    private Story lead() { return window.document().edition().story("lead").orElseThrow(); }

    private List<Paragraph> savedLead() { return saved.story("lead").orElseThrow().paragraphs(); }

    /** Zooms to 200 % on the lead's first frame, where single characters are easy to hit. */
    private void zoomOnLead() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Rect r = saved.frame(new FrameRef("p1", "p1-lead-1")).orElseThrow().bounds();
        WaitForAsyncUtils.asyncFx(() -> {
            var c = window.canvas();
            ScreenTransform at = c.transform();
            c.zoomAround(2.0, at.x(r.x()), at.y(r.y()));
            c.scrollBy(-40, -40);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Line {@code i} of the lead as laid out now. */
    private LineBox line(int i) {
        return StoryLines.of(window.document().layout(), lead()).lines().get(i).line();
    }

    /** The screen point on the left half of character {@code k} of line {@code i}: a caret goes before it. */
    private Point2D before(int i, int k) {
        LineBox l = line(i);
        int size = LineCarets.size(l, 9000);
        ScreenTransform at = window.canvas().transform();
        return window.canvas().canvas().localToScreen(at.x(LineCarets.caretX(l, l.start() + k) + size / 4),
                at.y(l.baseline() - size / 3));
    }

    private StoryOffset place(int i, int k) {
        LineBox l = line(i);
        return new StoryOffset(l.paragraph(), l.start() + k);
    }

    /**
     * The next press starts a new click count instead of continuing the last one: JavaFX ends a multi-click as
     * soon as the pointer leaves the press point by more than the multi-click distance, so a move away and back
     * does what waiting out the double-click time did, without the wait.
     */
    private static void newClickChain(FxRobot robot) {
        robot.moveBy(40, 40).moveBy(-40, -40);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private StoryOffset enter(FxRobot robot, int i, int k) throws Exception {
        zoomOnLead();
        StoryOffset at = place(i, k);
        // a first click selects the frame (and the story editor loads it) before the double-click counts
        robot.clickOn(before(i, k));
        WaitForAsyncUtils.waitForFxEvents();
        newClickChain(robot);
        robot.doubleClickOn(before(i, k));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text().active(), "double-click entered text mode");
        assertEquals(at, text().caret().caret());
        return at;
    }

    private String storyTextOnPage(String pageId) {
        return window.document().layout().page(pageId).orElseThrow().lines().stream()
                .filter(l -> l.storyId().equals("lead") && !l.generated()).map(LineBox::text)
                .reduce("", String::concat);
    }

    @Test
    void doubleClickTypeAndUndoInOneStep(FxRobot robot) throws Exception {
        StoryOffset at = enter(robot, 3, 4);
        String copyfitBefore = robot.lookup("#story-copyfit").queryLabeled().getText();
        assertTrue(copyfitBefore.startsWith("字数"), copyfitBefore);
        assertEquals("p1-lead-1", window.canvasModel().selectedFrameIdProperty().get());
        robot.write("新华社");
        WaitForAsyncUtils.waitForFxEvents();
        String before = savedLead().get(at.paragraph()).text();
        assertEquals(before.substring(0, at.offset()) + "新华社" + before.substring(at.offset()),
                lead().paragraphs().get(at.paragraph()).text());
        assertEquals(new StoryOffset(at.paragraph(), at.offset() + 3), text().caret().caret());
        assertTrue(storyTextOnPage("p1").contains("新华社"), "the page reflowed");
        assertNotEquals(copyfitBefore, robot.lookup("#story-copyfit").queryLabeled().getText(), "the copyfit follows");
        // the story editor follows typing on the page once the document is still a moment
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> lead().text().equals(window.storyEditor().area().getText()));
        assertEquals(lead().text(), window.storyEditor().area().getText(), "the story editor shows the canvas's typing");
        assertEquals(1, window.undoStack().depth(), "a burst of typing is one undo step");

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(savedLead(), lead().paragraphs());
        assertTrue(text().active(), "undo keeps text mode");
        assertEquals(copyfitBefore, robot.lookup("#story-copyfit").queryLabeled().getText());
    }

    @Test
    void theStoryEditorFollowsPageTypingWhenStillAndCatchesUpBeforeItIsUsed(FxRobot robot) throws Exception {
        enter(robot, 3, 4);
        var area = window.storyEditor().area();
        String[] seen = WaitForAsyncUtils.asyncFx(() -> {
            String shownBefore = area.getText();
            text().type("江");
            String rightAfter = area.getText();
            // a click into the editor: it shows the story as it is before it takes a keystroke
            area.requestFocus();
            return new String[] {shownBefore, rightAfter, area.getText(), lead().text()};
        }).get();
        assertEquals(seen[0], seen[1], "typing on the page does not lay the story editor out at once");
        assertEquals(seen[3], seen[2], "the editor caught up as it took the focus");
        robot.write("岸");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lead().text().contains("江") && lead().text().contains("岸"), "nothing typed on the page was lost");
        assertEquals(lead().text(), area.getText());
    }

    @Test
    void enterSplitsAndBackspaceJoins(FxRobot robot) throws Exception {
        StoryOffset at = enter(robot, 3, 5);
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(savedLead().size() + 1, lead().paragraphs().size());
        assertEquals(savedLead().get(at.paragraph()).style(), lead().paragraphs().get(at.paragraph() + 1).style());
        StoryOffset next = new StoryOffset(at.paragraph() + 1, 0);
        assertEquals(next, text().caret().caret());
        var place = text().caretPlace().orElseThrow();
        assertEquals("p1", place.pageId());
        LineBox start = text().lines().orElseThrow().line(next, false).orElseThrow().line();
        assertEquals(LineCarets.caretX(start, 0), place.x(), "the caret shows at the new paragraph's start");
        robot.type(KeyCode.BACK_SPACE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(savedLead(), lead().paragraphs());
        assertEquals(at, text().caret().caret());
    }

    @Test
    void shiftRightSelectsAndCutPasteRoundTrips(FxRobot robot) throws Exception {
        StoryOffset at = enter(robot, 4, 2);
        robot.press(KeyCode.SHIFT).type(KeyCode.RIGHT, 3).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        String expected = savedLead().get(at.paragraph()).text().substring(at.offset(), at.offset() + 3);
        assertEquals(expected, text().selectedText());
        robot.press(KeyCode.CONTROL).type(KeyCode.X).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(lead().paragraphs().get(at.paragraph()).text().startsWith(expected, at.offset()));
        assertEquals(savedLead().get(at.paragraph()).text().length() - 3, lead().paragraphs().get(at.paragraph()).text().length());
        robot.press(KeyCode.CONTROL).type(KeyCode.V).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(savedLead(), lead().paragraphs());
        assertEquals(2, window.undoStack().depth(), "cut and paste are a step each");
    }

    @Test
    void committedInputMethodTextIsTyped(FxRobot robot) throws Exception {
        StoryOffset at = enter(robot, 3, 2);
        var canvas = window.canvas().canvas();
        assertTrue(canvas.getInputMethodRequests() != null && canvas.getOnInputMethodTextChanged() != null,
                "the canvas takes input methods");
        robot.interact(() -> Event.fireEvent(canvas, new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(new javafx.scene.input.InputMethodTextRun("pai", javafx.scene.input.InputMethodHighlight.UNSELECTED_RAW)),
                "", 3)));
        assertEquals("pai", text().composingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage composing = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport().snapshot(null, null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(composing, null), "png", paiban.Screenshots.file("canvas-ime.png"));
        assertEquals(savedLead(), lead().paragraphs(), "composing text is not in the story yet");
        robot.interact(() -> Event.fireEvent(canvas, new InputMethodEvent(InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                List.of(), "排版", 0)));
        String before = savedLead().get(at.paragraph()).text();
        assertEquals(before.substring(0, at.offset()) + "排版" + before.substring(at.offset()),
                lead().paragraphs().get(at.paragraph()).text());
        assertEquals("", text().composingProperty().get());
        // the candidate window goes under the caret, on the canvas
        Point2D spot = canvas.getInputMethodRequests().getTextLocation(0);
        assertTrue(canvas.localToScreen(canvas.getLayoutBounds()).contains(spot), spot.toString());
    }

    /** The handle under the selected frame's bottom-right corner, -1 when none answers there. */
    private int bottomRightHandle() throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            var view = window.canvas();
            var r = window.canvasModel().selected().orElseThrow().bounds();
            var at = view.transform();
            return view.handleAt(at.x(r.right()), at.y(r.bottom()));
        }).get();
    }

    @Test
    void escapeLeavesWithTheFrameSelectedAndKeysAreToolsAgain(FxRobot robot) throws Exception {
        StoryOffset at = enter(robot, 3, 2);
        assertEquals(-1, bottomRightHandle(), "typing in a frame shows no resize handles");
        robot.type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(Tool.SELECT, window.canvasModel().toolProperty().get(), "T typed a letter in text mode");
        assertEquals('t', lead().paragraphs().get(at.paragraph()).text().charAt(at.offset()));
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(text().active());
        assertEquals("p1-lead-1", window.canvasModel().selectedFrameIdProperty().get());
        assertTrue(bottomRightHandle() >= 0, "out of text mode the frame has its handles again");
        var canvas = window.canvas().canvas();
        assertTrue(canvas.isFocused());
        assertTrue(canvas.getInputMethodRequests() == null && canvas.getOnInputMethodTextChanged() == null,
                "out of text mode an input method must not swallow the tool keys");
        robot.type(KeyCode.T);
        assertEquals(Tool.TEXT, window.canvasModel().toolProperty().get());
        // the text tool enters with a single click
        robot.clickOn(before(5, 1));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(place(5, 1), text().caret().caret());
    }

    @Test
    void snapshotShowsTheCaretAndASelection(FxRobot robot) throws Exception {
        enter(robot, 2, 3);
        robot.press(KeyCode.SHIFT).type(KeyCode.DOWN, 2).type(KeyCode.RIGHT, 4).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text().caret().hasSelection());
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport().snapshot(null, null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file("canvas-text.png");
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
        // the caret: a dark line at its x, half way down its line
        var place = text().caretPlace().orElseThrow();
        ScreenTransform at = window.canvas().transform();
        int cx = (int) Math.floor(at.x(place.x())), cy = (int) at.y((place.top() + place.bottom()) / 2);
        var caretPixel = shot.getPixelReader().getColor(cx, cy);
        assertTrue(caretPixel.getBrightness() < 0.3, "caret pixel " + caretPixel);
        // the selection: a blue tint between glyphs on the middle selected line (the paper there is white)
        LineBox mid = line(3);
        double y = at.y(LineCarets.bottom(mid, 9000)) - 1;
        boolean tinted = false;
        for (int x = (int) at.x(mid.x()) + 2; x < at.x(mid.x() + mid.width()) - 2 && !tinted; x++) {
            var c = shot.getPixelReader().getColor(x, (int) y);
            tinted = c.getBlue() > c.getRed() + 0.1 && c.getBrightness() > 0.5;
        }
        assertTrue(tinted, "the selected line is highlighted");
    }

    @Test
    void theCanvasFollowsTheCaretToAnotherPageAndAClickElsewhereLeaves(FxRobot robot) throws Exception {
        enter(robot, 3, 2);
        robot.press(KeyCode.CONTROL).type(KeyCode.END).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        int p3 = saved.pages().indexOf(saved.page("p3").orElseThrow());
        assertEquals(p3, window.canvasModel().pageIndex(), "the lead ends on page 3, which the canvas now shows");
        assertEquals("p3-lead-3", window.canvasModel().selectedFrameIdProperty().get());
        assertEquals("p3", text().caretPlace().orElseThrow().pageId());
        assertTrue(text().active());
        robot.press(KeyCode.CONTROL).type(KeyCode.HOME).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, window.canvasModel().pageIndex());
        assertEquals(StoryOffset.START, text().caret().caret());
        // a click on a frame of another story leaves text mode and selects that frame
        WaitForAsyncUtils.asyncFx(() -> window.canvas().fitPage()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(text().active(), "zooming keeps text mode");
        Rect other = saved.frame(new FrameRef("p1", "p1-lead-caption")).orElseThrow().bounds();
        ScreenTransform at = window.canvas().transform();
        robot.clickOn(window.canvas().canvas().localToScreen(at.x(other.x() + other.width() / 2), at.y(other.y() + other.height() / 2)));
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(text().active());
        assertEquals("p1-lead-caption", window.canvasModel().selectedFrameIdProperty().get());
    }

    @Test
    void draggingAndShiftClickSelect(FxRobot robot) throws Exception {
        StoryOffset from = enter(robot, 3, 2);
        newClickChain(robot); // not a third click of the double-click that entered
        robot.drag(before(3, 2), javafx.scene.input.MouseButton.PRIMARY).moveTo(before(4, 5))
                .release(javafx.scene.input.MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new TextCaret(from, place(4, 5), false), text().caret());
        robot.press(KeyCode.SHIFT).clickOn(before(5, 1)).release(KeyCode.SHIFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(new TextCaret(from, place(5, 1), false), text().caret());
        assertEquals(0, window.undoStack().depth(), "selecting changes nothing");
    }
}
