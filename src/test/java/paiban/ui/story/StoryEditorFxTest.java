package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Rect;
import paiban.model.story.FrameRef;
import paiban.render.fx.ScreenTransform;
import paiban.ui.EditionLoader;
import paiban.ui.MainWindow;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;

/**
 * The designer's round on the sample edition: select the lead's frame, type
 * into the story editor and watch copyfit and page change, draw a frame on
 * page 2 and thread it into the lead between page 1 and page 3, see the
 * jump lines follow, then undo all of it back to the saved file.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class StoryEditorFxTest {
    MainWindow window;
    Stage stage;
    Edition saved;

    @Start
    void start(Stage s) throws Exception {
        stage = s;
        saved = EditionFile.read(EditionLoader.sample());
        // the window as openWindow makes it, but without autosave: these edits must not leave a copy beside the sample
        window = new MainWindow(new EditionDocument(new paiban.compose.flow.EditionComposer(paiban.font.FontLibrary.shared()),
                saved, EditionLoader.sample()));
        window.show(s);
    }

    private Point2D onScreen(String pageId, String frameId, double fx, double fy) {
        Rect r = window.document().edition().frame(new FrameRef(pageId, frameId)).orElseThrow().bounds();
        ScreenTransform at = window.canvas().transform();
        return window.canvas().canvas().localToScreen(at.x(r.x() + (int) (r.width() * fx)), at.y(r.y() + (int) (r.height() * fy)));
    }

    private static List<String> jumps(EditionLayout layout, String pageId) {
        return layout.page(pageId).orElseThrow().lines().stream()
                .filter(l -> l.generated() && !l.storyId().isEmpty()).map(LineBox::text).toList();
    }

    private static List<String> storyLines(PageLayout page, String storyId) {
        return page.lines().stream().filter(l -> l.storyId().equals(storyId)).map(LineBox::text).toList();
    }

    private ListCell<?> thumbnail(FxRobot robot, int index) {
        return robot.lookup(".pages-panel .list-cell").queryAll().stream().map(n -> (ListCell<?>) n)
                .filter(c -> c.getIndex() == index).findFirst().orElseThrow();
    }

    @Test
    void typeThreadAndUndoEverything(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // 1. a click on the lead's first frame shows the lead in the story editor
        robot.clickOn(onScreen("p1", "p1-lead-1", 0.5, 0.5));
        assertEquals("p1-lead-1", window.canvasModel().selectedFrameIdProperty().get());
        var area = window.storyEditor().area();
        assertEquals(saved.story("lead").orElseThrow().text(), area.getText());
        assertEquals("电头", window.storyEditor().stylePicker().getValue());
        String copyfitBefore = robot.lookup("#story-copyfit").queryLabeled().getText();
        List<String> linesBefore = storyLines(window.document().layout().page("p1").orElseThrow(), "lead");

        // 2. typing at the start of the second paragraph changes the story, the copyfit and the page
        robot.clickOn(area);
        WaitForAsyncUtils.asyncFx(() -> area.moveTo(1, 0)).get();
        robot.write("今天上午，");
        WaitForAsyncUtils.waitForFxEvents();
        String second = window.document().edition().story("lead").orElseThrow().paragraphs().get(1).text();
        assertTrue(second.startsWith("今天上午，"), second);
        assertEquals(1, window.undoStack().depth(), "a burst of typing is one undo step");
        String copyfitAfter = robot.lookup("#story-copyfit").queryLabeled().getText();
        assertNotEquals(copyfitBefore, copyfitAfter);
        int chars = saved.story("lead").orElseThrow().characterCount() + 5;
        assertTrue(copyfitAfter.startsWith("字数 " + chars), copyfitAfter);
        assertNotEquals(linesBefore, storyLines(window.document().layout().page("p1").orElseThrow(), "lead"),
                "the canvas reflowed");
        assertEquals(area.getText(), window.document().edition().story("lead").orElseThrow().text(), "editor and story agree");

        // 3. the style picker restyles the paragraph at the caret
        WaitForAsyncUtils.asyncFx(() -> window.storyEditor().stylePicker().getSelectionModel().select("小标题")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("小标题", window.document().edition().story("lead").orElseThrow().paragraphs().get(1).style());
        assertEquals("小标题", area.getParagraph(1).getParagraphStyle());

        // 4. draw a small text frame on page 2 and thread it after p1-lead-2: 1 → 2 → 3
        robot.clickOn(thumbnail(robot, 1));
        assertEquals(1, window.canvasModel().pageIndex());
        var t = window.canvasModel().template().orElseThrow();
        Rect box = t.gridRect(0, 2, 10, 12);
        ScreenTransform at = window.canvas().transform();
        var c = window.canvas().canvas();
        robot.clickOn("#tool-text");
        robot.drag(c.localToScreen(at.x(box.x()) + 2, at.y(box.y()) + 2), MouseButton.PRIMARY)
                .moveTo(c.localToScreen(at.x(box.right()) - 2, at.y(box.bottom()) - 2)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        String drawn = window.canvasModel().selectedFrameIdProperty().get();
        assertTrue(window.document().edition().page("p2").orElseThrow().frame(drawn).isPresent());

        robot.clickOn("#tool-thread");
        robot.clickOn(thumbnail(robot, 0));
        robot.clickOn(onScreen("p1", "p1-lead-2", 0.5, 0.5));
        assertEquals(new FrameRef("p1", "p1-lead-2"), window.canvasModel().threadFromProperty().get());
        assertTrue(robot.lookup("#thread-hint").queryLabeled().getText().startsWith("已选 第一版 正文框 p1-lead-2"));
        robot.clickOn(thumbnail(robot, 1));
        robot.clickOn(onScreen("p2", drawn, 0.5, 0.5));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of(new FrameRef("p1", "p1-lead-1"), new FrameRef("p1", "p1-lead-2"), new FrameRef("p2", drawn),
                new FrameRef("p3", "p3-lead-3")), window.document().edition().story("lead").orElseThrow().chain());
        EditionLayout layout = window.document().layout();
        assertEquals(List.of("（下转第二版）"), jumps(layout, "p1"));
        assertTrue(jumps(layout, "p2").containsAll(List.of("（上接第一版）", "（下转第三版）")), jumps(layout, "p2").toString());
        assertTrue(jumps(layout, "p3").contains("（上接第二版）"), jumps(layout, "p3").toString());
        assertEquals("lead", window.storyModel().story().id(), "the threaded frame's story is in the editor");
        snapshot("story-editor.png");

        // 5. undo all of it, with the keys, back to the saved edition
        robot.type(KeyCode.ESCAPE);
        robot.clickOn(window.canvas().canvas());
        while (window.undoStack().canUndoProperty().get()) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertEquals(saved, window.document().edition());
        assertTrue(!window.document().isDirty(), "back to the saved document");
        assertEquals(List.of("（下转第三版）"), jumps(window.document().layout(), "p1"));
        // Escape and the click selected nothing, so the editor shows no story until the lead is selected again
        assertTrue(area.isDisabled(), "no frame selected, no story in the editor");
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set("p1-lead-1")).get();
        assertEquals(saved.story("lead").orElseThrow().text(), area.getText(), "the editor follows undo");
        assertEquals("正文", area.getParagraph(1).getParagraphStyle());
    }

    /** QA 16-ad: the ad, a new frame or nothing selected must not show (and let you type into) the last story. */
    @Test
    void anAdOrNothingSelectedShowsNoStoryAndNoCopyfit(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var area = window.storyEditor().area();
        robot.clickOn(onScreen("p1", "p1-elevator-head", 0.5, 0.5));
        assertEquals(saved.story("elevator-head").orElseThrow().text(), area.getText());
        assertTrue(robot.lookup("#status-copyfit").queryLabeled().getText().startsWith("字数"));
        robot.clickOn(onScreen("p1", "p1-ad", 0.5, 0.5));
        assertEquals("p1-ad", window.canvasModel().selectedFrameIdProperty().get());
        assertEquals("稿件：选中一个排有稿件的图框", robot.lookup("#story-title").queryLabeled().getText());
        assertEquals("", area.getText());
        assertTrue(area.isDisabled(), "nothing to type into");
        assertEquals("", robot.lookup("#story-copyfit").queryLabeled().getText());
        assertEquals("", robot.lookup("#status-copyfit").queryLabeled().getText());
        var picker = window.storyEditor().stylePicker();
        assertTrue(picker.isDisabled() && picker.getValue() == null, "no style to pick: " + picker.getValue());
        // a click into the empty editor takes the keys from the canvas: Delete there deletes no frame
        robot.clickOn(area).type(KeyCode.DELETE).type(KeyCode.T);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(window.document().edition().page("p1").orElseThrow().frame("p1-ad").isPresent(), "the ad is still there");
        assertEquals(paiban.ui.canvas.Tool.SELECT, window.canvasModel().toolProperty().get(), "T picked no tool");
        robot.clickOn(onScreen("p1", "p1-elevator-head", 0.5, 0.5));
        assertTrue(robot.lookup("#status-copyfit").queryLabeled().getText().startsWith("字数"));
        assertTrue(!picker.isDisabled() && picker.getValue() != null, "the story's style again");
        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", window.canvasModel().selectedFrameIdProperty().get());
        assertTrue(area.isDisabled());
        assertEquals("", robot.lookup("#status-copyfit").queryLabeled().getText());
        assertEquals(saved, window.document().edition());
    }

    /** Typing on the canvas: the story editor's caret and style picker are the canvas caret's paragraph. */
    @Test
    void theStylePickerFollowsTheCanvasCaret(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var frame = saved.frame(new paiban.model.story.FrameRef("p1", "p1-lead-1")).orElseThrow().bounds();
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvas().canvas().requestFocus();
            // low in the lead's first column: a body paragraph, past the 电头 at the top
            return window.canvasModel().text().enter("p1-lead-1", frame.x() + 2000, frame.bottom() - 3000);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        var caret = window.canvasModel().text().caret().caret();
        assertTrue(caret.paragraph() > 0, "a paragraph after the 电头: " + caret);
        String style = saved.story("lead").orElseThrow().paragraphs().get(caret.paragraph()).style();
        assertEquals(caret.paragraph(), window.storyEditor().area().getCurrentParagraph());
        assertEquals(style, window.storyEditor().stylePicker().getValue());
    }

    /** End on a wrapped line of Chinese goes after its last character, where typing then lands. */
    @Test
    void endOnAWrappedChineseLineGoesAfterItsLastCharacter(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        var area = window.storyEditor().area();
        robot.clickOn(onScreen("p1", "p1-lead-1", 0.5, 0.5));
        int p = 1;
        String text = area.getParagraph(p).getText();
        assertTrue(area.getParagraphLinesCount(p) > 1, "the lead's second paragraph wraps in the editor");
        int wrap = 1;
        while (area.lineIndex(p, wrap) == 0) wrap++;
        int at = wrap;
        robot.clickOn(area).interact(() -> area.moveTo(p, 1));
        robot.type(KeyCode.END).write("X");
        WaitForAsyncUtils.waitForFxEvents();
        String now = window.document().edition().story("lead").orElseThrow().paragraphs().get(p).text();
        assertEquals(text.substring(0, at) + "X" + text.substring(at), now, "X after the line's last character " + text.charAt(at - 1));
    }

    @Test
    void ctrlZInTheEditorUndoesTheDocumentsLastStep(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen("p1", "p1-economy", 0.5, 0.5));
        var area = window.storyEditor().area();
        assertEquals(saved.story("economy").orElseThrow().text(), area.getText());
        robot.clickOn(area);
        WaitForAsyncUtils.asyncFx(() -> area.moveTo(0)).get();
        robot.write("甲乙");
        robot.type(KeyCode.ENTER);
        robot.write("丙");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved.story("economy").orElseThrow().paragraphs().size() + 1,
                window.document().edition().story("economy").orElseThrow().paragraphs().size());
        assertEquals("丙", window.document().edition().story("economy").orElseThrow().paragraphs().get(1).text().substring(0, 1));
        String typedStyle = area.getParagraph(1).getParagraphStyle();
        WaitForAsyncUtils.asyncFx(() -> window.storyEditor().stylePicker().getSelectionModel().select("小标题")).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2, window.undoStack().depth());
        assertEquals("小标题", area.getParagraph(1).getParagraphStyle());
        robot.clickOn(area);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.undoStack().depth(), "one Ctrl+Z is one undo, not the editor's and the menu's both");
        assertEquals(typedStyle, area.getParagraph(1).getParagraphStyle());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, window.document().edition());
        assertEquals(saved.story("economy").orElseThrow().text(), area.getText());
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.undoStack().depth());
        assertEquals(window.document().edition().story("economy").orElseThrow().text(), area.getText());
        assertTrue(area.getText().startsWith("甲乙\n丙"), area.getText().substring(0, 10));
    }

    @Test
    void placedCopyShowsInTheEditorAndUndoTakesItOut(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path txt = dir.resolve("夜市.txt");
        java.nio.file.Files.writeString(txt, "本报讯（记者 周明）老街夜市今晚开市。\n\n摊位一百二十个。\n");
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvasModel().showPage(1);
            window.canvasModel().toolProperty().set(paiban.ui.canvas.Tool.TEXT);
            var t = window.canvasModel().template().orElseThrow();
            window.canvasModel().edits().createFrame(t.gridRect(0, 3, 10, 20)).orElseThrow();
            window.canvasModel().toolProperty().set(paiban.ui.canvas.Tool.SELECT);
            try {
                window.placeActions().placeText(txt);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("本报讯（记者 周明）老街夜市今晚开市。\n摊位一百二十个。", window.storyEditor().area().getText());
        assertTrue(window.storyModel().copyfitProperty().get().startsWith("字数 27"), window.storyModel().copyfitProperty().get());
        WaitForAsyncUtils.asyncFx(() -> { window.undoStack().undo(); window.undoStack().undo(); }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(saved, window.document().edition());
        assertTrue(window.storyEditor().area().isDisabled(), "the placed story is gone, so is the editor's text");
    }

    @Test
    void anInputMethodsCompositionReachesTheStoryOnlyWhenCommitted(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen("p1", "p1-economy", 0.5, 0.5));
        var area = window.storyEditor().area();
        String before = window.document().edition().story("economy").orElseThrow().text();
        WaitForAsyncUtils.asyncFx(() -> {
            if (area.getOnInputMethodTextChanged() == null) {
                // headless Monocle reports no input-method support, so RichTextFX installs no handler; this one
                // does what RichTextFX's does: composed text into the area at the caret, replaced by the committed
                int[] im = {-1, 0};
                area.setOnInputMethodTextChanged(e -> {
                    if (im[0] < 0) im[0] = area.getCaretPosition();
                    StringBuilder composed = new StringBuilder();
                    e.getComposed().forEach(r -> composed.append(r.getText()));
                    String put = e.getCommitted().isEmpty() ? composed.toString() : e.getCommitted();
                    area.replaceText(im[0], im[0] + im[1], put);
                    im[1] = e.getCommitted().isEmpty() ? put.length() : 0;
                    if (!e.getCommitted().isEmpty()) im[0] = -1;
                });
            }
            area.requestFocus();
            area.moveTo(0);
            // what an input method sends: pinyin being composed, then the chosen characters
            area.fireEvent(new javafx.scene.input.InputMethodEvent(javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED,
                    List.of(new javafx.scene.input.InputMethodTextRun("jingji", javafx.scene.input.InputMethodHighlight.UNSELECTED_RAW)),
                    "", 6));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("jingji" + before, area.getText(), "the composition shows in the editor");
        assertEquals(before, window.document().edition().story("economy").orElseThrow().text(), "pinyin is not copy");
        assertEquals(0, window.undoStack().depth());
        WaitForAsyncUtils.asyncFx(() -> area.fireEvent(new javafx.scene.input.InputMethodEvent(
                javafx.scene.input.InputMethodEvent.INPUT_METHOD_TEXT_CHANGED, List.of(), "经济", 0))).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("经济" + before, window.document().edition().story("economy").orElseThrow().text());
        assertEquals("经济" + before, area.getText());
        assertEquals(1, window.undoStack().depth());
    }

    @Test
    void placeAPictureAndTypeItsCaption(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(thumbnail(robot, 1));
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().selectedFrameIdProperty().set("")).get();
        java.nio.file.Path photo = EditionLoader.sample().toAbsolutePath().getParent().resolve("binjiang-dawn.jpg");
        Placement p = WaitForAsyncUtils.asyncFx(() -> window.placeActions().placeImage(photo)).get();
        WaitForAsyncUtils.waitForFxEvents();
        Edition e = window.document().edition();
        var image = (paiban.model.frame.ImageFrame) e.pages().get(1).frames().stream()
                .filter(f -> f instanceof paiban.model.frame.ImageFrame).findFirst().orElseThrow();
        assertEquals("binjiang-dawn.jpg", image.path(), "stored beside the edition file, relative");
        assertEquals(p.selectFrameId(), image.captionFrameId());
        assertEquals(image.captionFrameId(), window.canvasModel().selectedFrameIdProperty().get());
        // the caption story is in the editor, in 图片说明, ready for typing
        var area = window.storyEditor().area();
        assertEquals("图片说明", area.getParagraph(0).getParagraphStyle());
        robot.clickOn(area);
        robot.write("清晨的滨江岸线。");
        WaitForAsyncUtils.waitForFxEvents();
        String captionStory = window.document().edition().storyOfFrame(image.captionFrameId()).orElseThrow().id();
        assertEquals("清晨的滨江岸线。", window.document().edition().story(captionStory).orElseThrow().text());
        assertTrue(storyLines(window.document().layout().page("p2").orElseThrow(), captionStory).get(0).contains("清晨"));
        assertTrue(window.document().layout().page("p2").orElseThrow().marks().stream()
                .anyMatch(m -> m instanceof paiban.layout.ImageMark), "the picture is drawn");
        snapshot("place-image.png");
        WaitForAsyncUtils.asyncFx(() -> { while (window.undoStack().canUndoProperty().get()) window.undoStack().undo(); }).get();
        assertEquals(saved, window.document().edition());
    }

    private void snapshot(String name) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }
}
