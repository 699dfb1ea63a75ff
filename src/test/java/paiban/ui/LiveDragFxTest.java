package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import paiban.layout.FrameInfo;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.canvas.FrameOutline;

/**
 * Copyfitting by dragging: while a story's last frame is resized the page
 * shows the text reflowed and 超 N 字 as they will be, before the drop
 * edits anything; the drop makes it so.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class LiveDragFxTest {
    static final PageTemplate T = TestEditions.T;
    /** The lead story's last frame, on page 2: 4 columns of 60 lines, with some room to spare. */
    static final Rect T2 = T.gridRect(0, 4, 3, 60);
    MainWindow window;
    MonocleStage monocle;

    @Start
    void start(Stage s) {
        // the lead story made long enough to fill most of page 2 as well
        var e = TestEditions.twoPages();
        var lead = e.story("s1").orElseThrow();
        var body = lead.paragraphs().get(1);
        e = e.withStory(lead.withParagraph(1, body.withText(body.text().repeat(4))));
        window = new MainWindow(new EditionDocument(TestEditions.COMPOSER, e, null));
        window.show(s);
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    private Point2D onScreen(int x, int y) {
        ScreenTransform at = window.canvas().transform();
        return window.canvas().canvas().localToScreen(at.x(x), at.y(y));
    }

    private FrameOutline drawn(String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvas().drawnOutlines().stream().filter(o -> o.frameId().equals(id)).findFirst().orElseThrow();
    }

    private FrameInfo documentInfo(String id) {
        return window.document().layout().page("p2").orElseThrow().frames().stream()
                .filter(i -> i.frameId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void resizingTheLastFrameShowsTheReflowAndTheOversetBeforeTheDrop(FxRobot robot) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().showPage(1)).get();
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(T2.x() + T2.width() / 2, T2.y() + T2.height() / 2));
        assertEquals("t2", window.canvasModel().selectedFrameIdProperty().get());
        assertEquals(0, drawn("t2").oversetChars(), "the story fits at the start");
        assertTrue(documentInfo("t2").charsSet() > 1000, "page 2 holds much of it: " + documentInfo("t2").charsSet());
        var before = window.document().edition();

        // the bottom handle dragged up to leave 5 lines: mid-drag, the page shows what the drop will do
        Rect fiveLines = T.gridRect(0, 4, 3, 5);
        robot.drag(onScreen(T2.x() + T2.width() / 2, T2.bottom()), MouseButton.PRIMARY).moveBy(0, -6)
                .moveTo(onScreen(T2.x() + T2.width() / 2, fiveLines.bottom()));
        FrameOutline live = drawn("t2");
        assertEquals(fiveLines, live.bounds(), "the frame where it will land");
        assertTrue(live.oversetChars() > 100, "超 N 字 mid-drag: " + live.oversetChars());
        assertEquals(before, window.document().edition(), "nothing edited before the drop");
        assertEquals(0, documentInfo("t2").oversetChars());
        assertEquals(0, window.undoStack().depth());
        assertTrue(window.storyModel().copyfitProperty().get().contains("超 " + live.oversetChars() + " 字"),
                "the story's copyfit follows the drag: " + window.storyModel().copyfitProperty().get());
        var shot = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport().snapshot(null, null)).get();
        File dir = paiban.Screenshots.folder().toFile();
        dir.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", new File(dir, "live-resize.png"));

        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(window.canvasModel().liveLayoutProperty().get());
        assertEquals(fiveLines, window.document().edition().page("p2").orElseThrow().frame("t2").orElseThrow().bounds());
        assertEquals(live.oversetChars(), documentInfo("t2").oversetChars(), "the drop sets what the drag showed");
        assertEquals(1, window.undoStack().depth());
        assertTrue(window.storyModel().copyfitProperty().get().contains("超 " + live.oversetChars() + " 字"));
    }
}
