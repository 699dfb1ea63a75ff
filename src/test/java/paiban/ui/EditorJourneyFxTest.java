package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.control.ListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.model.unit.Units;
import paiban.render.fx.ScreenTransform;
import paiban.ui.canvas.Tool;
import paiban.ui.export.ExportDialog;

/**
 * Issue 6's scenario on the real window and a copy of the sample edition:
 * draw a text frame, thread it to a frame on page 3, type the story, move a
 * page, undo all of it back to the saved edition, export and read the PDFs.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class EditorJourneyFxTest {
    @TempDir
    static Path dir;
    MainWindow window;
    Stage stage;
    Path file;
    MonocleStage monocle;

    @Start
    void start(Stage s) throws Exception {
        Path sample = EditionLoader.sample();
        try (Stream<Path> files = Files.list(sample.getParent())) {
            for (Path p : files.toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        file = dir.resolve(sample.getFileName());
        stage = s;
        window = PaibanApp.openWindow(s, file);
        // Monocle's screen is 1280×800: all of the window must be on it to be clicked
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    /** A page point (in pt) on the screen, for the current page and zoom. */
    private Point2D screen(double xPt, double yPt) {
        ScreenTransform at = window.canvas().transform();
        return window.canvas().canvas().localToScreen(at.x(Units.pt(xPt)), at.y(Units.pt(yPt)));
    }

    private Point2D centreOf(String frameId) {
        Frame f = window.canvasModel().currentPage().orElseThrow().frame(frameId).orElseThrow();
        return screen(Units.toPt(f.bounds().x() + f.bounds().width() / 2), Units.toPt(f.bounds().y() + f.bounds().height() / 2));
    }

    private static ListCell<?> thumbnail(FxRobot robot, int index) {
        return robot.lookup(".pages-panel .list-cell").queryAll().stream()
                .map(n -> (ListCell<?>) n).filter(c -> c.getIndex() == index).findFirst().orElseThrow();
    }

    private void showPage(FxRobot robot, int index) {
        robot.clickOn(thumbnail(robot, index));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(index, window.canvasModel().pageIndex());
    }

    /** Draws a frame with the text tool from one page point to another; returns its id. */
    private String drawTextFrame(FxRobot robot, double x0, double y0, double x1, double y1) {
        robot.clickOn("#tool-text");
        List<String> before = window.canvasModel().currentPage().orElseThrow().frames().stream().map(Frame::id).toList();
        robot.moveTo(screen(x0, y0)).press(MouseButton.PRIMARY).moveTo(screen((x0 + x1) / 2, (y0 + y1) / 2))
                .moveTo(screen(x1, y1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        List<String> added = window.canvasModel().currentPage().orElseThrow().frames().stream().map(Frame::id)
                .filter(id -> !before.contains(id)).toList();
        assertEquals(1, added.size(), "one frame drawn: " + added);
        return added.get(0);
    }

    /** The jump lines the layout set on page {@code pageId}. */
    private List<String> jumpLines(String pageId) {
        return window.document().layout().page(pageId).orElseThrow().lines().stream()
                .filter(LineBox::generated).map(LineBox::text)
                .filter(t -> t.contains("下转") || t.contains("上接")).toList();
    }

    private void snapshot(String name) throws Exception {
        var shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }

    @Test
    void drawThreadTypeMoveUndoAndExport(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Edition saved = EditionLoader.read(file);
        assertEquals(saved, window.document().edition());
        List<String> p1JumpsAtStart = jumpLines("p1");
        assertTrue(p1JumpsAtStart.contains("（下转第三版）"), "the lead story jumps to page 3: " + p1JumpsAtStart);

        // 1. a text frame drawn on page 1 (over the ad space at the foot) and one on page 3
        String a = drawTextFrame(robot, 60, 1262, 290, 1300);
        showPage(robot, 2);
        String b = drawTextFrame(robot, 60, 880, 400, 1000);

        // 2. thread A (page 1) to B (page 3) with the thread tool, switching pages in between
        showPage(robot, 0);
        robot.clickOn("#tool-thread");
        robot.clickOn(centreOf(a));
        showPage(robot, 2);
        robot.clickOn(centreOf(b));
        WaitForAsyncUtils.waitForFxEvents();
        Story story = window.document().edition().storyOfFrame(a).orElseThrow(() -> new AssertionError("not threaded"));
        assertEquals(List.of(new FrameRef("p1", a), new FrameRef("p3", b)), story.chain());
        assertEquals(story.id(), window.storyModel().story().id(), "the story editor shows the new story");

        // 3. type into the story through the story editor: the copyfit follows
        String copyfitBefore = window.storyModel().copyfitProperty().get();
        var area = window.storyEditor().area();
        robot.clickOn(area);
        robot.write("滨江夜跑");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("滨江夜跑", window.document().edition().story(story.id()).orElseThrow().paragraphs().get(0).text());
        String copyfitTyped = window.storyModel().copyfitProperty().get();
        assertNotEquals(copyfitBefore, copyfitTyped);
        assertTrue(copyfitTyped.contains("4"), copyfitTyped);
        assertEquals(copyfitTyped, robot.lookup("#status-copyfit").queryLabeled().getText(), "the status bar shows it too");
        // a pasted paragraph long enough to run on from page 1 to page 3
        String more = "沿江步道今晚起开放夜间照明，市民可在江边慢跑、骑行和散步，沿途设有补给点和医疗站。".repeat(6);
        robot.interact(() -> area.insertText(area.getLength(), more));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("滨江夜跑" + more, window.document().edition().story(story.id()).orElseThrow().paragraphs().get(0).text());
        assertNotEquals(copyfitTyped, window.storyModel().copyfitProperty().get());
        List<String> jumpsOut = jumpLines("p1");
        assertEquals(2, jumpsOut.stream().filter("（下转第三版）"::equals).count(), "lead and the new story: " + jumpsOut);
        assertTrue(jumpLines("p3").contains("（上接第一版）"), jumpLines("p3").toString());
        snapshot("journey-threaded.png");

        // 4. move page 3 before page 2 in the pages panel: the jump lines name the new page number
        robot.drag(thumbnail(robot, 2), MouseButton.PRIMARY).moveTo(thumbnail(robot, 1)).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("p1", "p3", "p2"), window.document().edition().pages().stream().map(p -> p.id()).toList());
        List<String> jumpsMoved = jumpLines("p1");
        assertEquals(2, jumpsMoved.stream().filter("（下转第二版）"::equals).count(), jumpsMoved.toString());
        assertFalse(jumpsMoved.contains("（下转第三版）"));
        assertTrue(window.document().isDirty());

        // 5. Ctrl+Z until nothing is unsaved: the edition is the saved one again
        robot.clickOn("#tool-select");
        robot.clickOn(window.canvas().canvas());
        int presses = 0;
        while (window.document().isDirty() && presses < 40) {
            robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
            presses++;
        }
        assertFalse(window.document().isDirty(), "still unsaved after " + presses + " undos");
        assertTrue(presses >= 5, "draw, draw, thread, typing, move: " + presses);
        assertEquals(saved, window.document().edition());
        assertEquals(saved, EditionLoader.read(file), "the file was never touched");
        assertEquals(p1JumpsAtStart, jumpLines("p1"));

        // 6. export every page through the export dialog; the PDFs are there and hold the sample's text
        ExportDialog dialog = WaitForAsyncUtils.asyncFx(window::openExport).get();
        WaitForAsyncUtils.waitForFxEvents();
        var root = dialog.stage().getScene().getRoot();
        robot.clickOn(robot.from(root).lookup("#export-all").queryAs(javafx.scene.control.RadioButton.class));
        Path pdf = dir.resolve("pdf");
        assertEquals(Optional.of(pdf), Optional.ofNullable(dialog.viewModel().folderProperty().get()));
        robot.clickOn(robot.from(root).lookup("#export-start").queryButton());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !dialog.viewModel().runningProperty().get()
                && dialog.viewModel().outcomeProperty().get() != null);
        List<String> names;
        try (Stream<Path> s = Files.list(pdf)) {
            names = s.map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("20260425-01.pdf", "20260425-02.pdf", "20260425-03.pdf"), names);
        try (PDDocument doc = Loader.loadPDF(pdf.resolve("20260425-01.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s", "");
            assertTrue(text.contains("岸线贯通工程自2023年春启动"), "page 1's PDF holds the lead story");
            assertFalse(text.contains("滨江夜跑"), "nothing of the undone story");
        }
        try (PDDocument doc = Loader.loadPDF(pdf.resolve("20260425-03.pdf").toFile())) {
            assertTrue(new PDFTextStripper().getText(doc).contains("上接第一版"), "the lead story's jump line on page 3");
        }
    }
}
