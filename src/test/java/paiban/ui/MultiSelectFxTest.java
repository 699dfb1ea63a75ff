package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
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
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.canvas.CanvasStyle;
import paiban.ui.canvas.FrameEdits;

/** Selecting several frames on the real window: rubber band, Shift+click, Ctrl+A, groups, moving and scaling them together. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class MultiSelectFxTest {
    static final PageTemplate T = TestEditions.T;
    static final Rect T1 = T.gridRect(0, 5, 10, 40), IMG1 = T.gridRect(5, 3, 3, 30), CAP1 = T.gridRect(5, 3, 34, 4),
            AD1 = T.gridRect(0, 8, 80, 22);
    MainWindow window;
    MonocleStage monocle;

    @Start
    void start(Stage s) {
        window = new MainWindow(TestEditions.document());
        window.show(s);
        // Monocle's screen is 1280×800: the handles dragged must be on it
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

    private Point2D onScreen(Rect r) { return onScreen(r.x() + r.width() / 2, r.y() + r.height() / 2); }

    private List<String> selected() {
        WaitForAsyncUtils.waitForFxEvents();
        return window.canvasModel().selectedIds();
    }

    private Rect bounds(String id) {
        return window.document().edition().page("p1").orElseThrow().frame(id).orElseThrow().bounds();
    }

    /** A press on empty paper below the caption, in the image's columns. */
    private Point2D emptyPaper() { return onScreen(T.columnLeft(7) + T.columnWidth() / 2, T.lineTop(45)); }

    /** Into the image, above the caption: the band crosses both. */
    private Point2D insideImage() { return onScreen(T.columnLeft(6), T.lineTop(30)); }

    @Test
    void aRubberBandSelectsTwoFramesThatThenMoveTogetherByTheSnappedOffsetAndCtrlZPutsThemBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.drag(emptyPaper(), MouseButton.PRIMARY).moveTo(insideImage()).release(MouseButton.PRIMARY);
        assertEquals(List.of("img1", "cap1"), selected());
        assertEquals(0, window.undoStack().depth(), "selecting changes nothing");

        // drag the caption down about three grid lines and a little sideways: its edges snap, the image follows
        double scale = window.canvas().transform().scale();
        double dy = 3 * T.pitch() * scale;
        robot.drag(onScreen(CAP1), MouseButton.PRIMARY).moveBy(2, dy / 2).moveBy(0, dy / 2 + 1).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(T.gridRect(5, 3, 37, 4), bounds("cap1"));
        assertEquals(IMG1.moved(0, 3 * T.pitch()), bounds("img1"));
        assertEquals(List.of("img1", "cap1"), selected(), "the selection stays");
        assertEquals("cap1", window.canvasModel().selectedFrameIdProperty().get(), "the dragged frame is primary");
        assertEquals(1, window.undoStack().depth());

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(CAP1, bounds("cap1"));
        assertEquals(IMG1, bounds("img1"));
    }

    @Test
    void shiftClickAddsAndRemovesFrames(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(T1));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(AD1)).release(KeyCode.SHIFT);
        assertEquals(List.of("t1", "ad1"), selected());
        assertEquals("ad1", window.canvasModel().selectedFrameIdProperty().get());
        robot.press(KeyCode.SHIFT).clickOn(onScreen(T1)).release(KeyCode.SHIFT);
        assertEquals(List.of("ad1"), selected());
        assertEquals("ad1", window.canvasModel().selectedFrameIdProperty().get());
        robot.clickOn(emptyPaper());
        assertEquals(List.of(), selected());
    }

    @Test
    void ctrlGGroupsThenAClickSelectsTheGroupAndCtrlClickOneFrame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(IMG1));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(CAP1)).release(KeyCode.SHIFT);
        robot.press(KeyCode.CONTROL).type(KeyCode.G).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, window.undoStack().depth());
        robot.clickOn(onScreen(AD1));
        assertEquals(List.of("ad1"), selected());
        robot.clickOn(onScreen(CAP1));
        assertEquals(List.of("img1", "cap1"), selected());
        robot.press(KeyCode.CONTROL).clickOn(onScreen(CAP1)).release(KeyCode.CONTROL);
        assertEquals(List.of("cap1"), selected());
        // Ctrl+Shift+G on the group takes it apart: a click then selects one frame
        robot.clickOn(onScreen(IMG1));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.G).release(KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(AD1)).clickOn(onScreen(CAP1));
        assertEquals(List.of("cap1"), selected());
    }

    @Test
    void ctrlASelectsTheWholePageEscapeClearsAndDeleteTakesAllAsOneStep(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(emptyPaper());
        robot.press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL);
        assertEquals(List.of("h1", "hl1", "t1", "img1", "cap1", "r1", "ad1"), selected());
        robot.type(KeyCode.ESCAPE);
        assertEquals(List.of(), selected());
        robot.clickOn(onScreen(T1));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(AD1)).release(KeyCode.SHIFT);
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("h1", "hl1", "img1", "cap1", "r1"), window.document().edition().page("p1").orElseThrow()
                .frames().stream().map(paiban.model.frame.Frame::id).toList());
        assertEquals(1, window.undoStack().depth());
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(7, window.document().edition().page("p1").orElseThrow().frames().size());
    }

    /**
     * A photo and its caption selected together get the handles of the box
     * around them; dragging its bottom-right corner one column in and 35
     * lines down scales both on the grid, as one undo step, and the picture
     * of it goes to target/screenshots/multiple-selection-scale.png.
     */
    @Test
    void theBoxOfAMultipleSelectionHasHandlesAndItsCornerScalesEveryFrameOnTheGrid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(IMG1));
        ScreenTransform at = window.canvas().transform();
        assertEquals(FrameEdits.TOP_LEFT, window.canvas().handleAt(at.x(IMG1.x()), at.y(IMG1.y())), "one frame: its own handles");
        assertEquals(FrameEdits.BOTTOM_RIGHT, window.canvas().handleAt(at.x(IMG1.right()), at.y(IMG1.bottom())));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(CAP1)).release(KeyCode.SHIFT);
        assertEquals(List.of("img1", "cap1"), selected());
        assertEquals(-1, window.canvas().handleAt(at.x(IMG1.right()), at.y(IMG1.bottom())), "the photo's corner is inside the box");
        assertEquals(FrameEdits.BOTTOM_RIGHT, window.canvas().handleAt(at.x(CAP1.right()), at.y(CAP1.bottom())));

        Point2D to = onScreen(T.columnRight(6), T.lineTop(72) + T.bodySize());
        robot.drag(onScreen(CAP1.right(), CAP1.bottom()), MouseButton.PRIMARY).moveBy(-4, 8).moveTo(to);
        WritableImage dragging = snapshot();
        assertEquals(IMG1, bounds("img1"), "nothing changes before the release");
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(T.gridRect(5, 2, 3, 60), bounds("img1"));
        assertEquals(T.gridRect(5, 2, 65, 8), bounds("cap1"), "the caption's top snapped inside the box too");
        assertEquals(List.of("img1", "cap1"), selected(), "the selection stays");
        assertEquals(1, window.undoStack().depth());

        WritableImage scaled = snapshot();
        File dir = paiban.Screenshots.folder().toFile();
        dir.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(dragging, null), "png", new File(dir, "multiple-selection-scale-drag.png"));
        ImageIO.write(SwingFXUtils.fromFXImage(scaled, null), "png", new File(dir, "multiple-selection-scale.png"));
        // the new box's corner handle: a white square where the caption's blue edge would be
        Rect box = window.canvasModel().selectionBounds().orElseThrow();
        at = window.canvas().transform();
        var corner = scaled.getPixelReader().getColor((int) Math.floor(at.x(box.right())), (int) Math.floor(at.y(box.bottom())));
        assertEquals(javafx.scene.paint.Color.WHITE, corner);
        assertEquals(FrameEdits.BOTTOM_RIGHT, window.canvas().handleAt(at.x(box.right()), at.y(box.bottom())));

        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(IMG1, bounds("img1"));
        assertEquals(CAP1, bounds("cap1"));
    }

    /** A locked frame shows that it is selected, but no handles: it would not resize. */
    @Test
    void aLockedFrameIsSelectedWithoutHandles(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(IMG1));
        ScreenTransform at = window.canvas().transform();
        int cx = (int) Math.floor(at.x(IMG1.right())), cy = (int) Math.floor(at.y(IMG1.bottom()));
        assertEquals(javafx.scene.paint.Color.WHITE, snapshot().getPixelReader().getColor(cx, cy), "unlocked: a handle");
        robot.press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(List.of("img1"), selected());
        assertEquals(-1, window.canvas().handleAt(at.x(IMG1.right()), at.y(IMG1.bottom())));
        assertNotEquals(javafx.scene.paint.Color.WHITE, snapshot().getPixelReader().getColor(cx, cy), "locked: no handle");
    }

    private WritableImage snapshot() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        return WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport().snapshot(null, null)).get();
    }

    /** Pictures for a person: the rubber band being dragged, then the selection it made (target/screenshots). */
    @Test
    void snapshotsOfTheRubberBandAndTheSelection(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Point2D to = onScreen(T.columnLeft(3), T.lineTop(30));
        robot.drag(emptyPaper(), MouseButton.PRIMARY).moveTo(to);
        WritableImage band = snapshot();
        robot.release(MouseButton.PRIMARY);
        assertEquals(List.of("t1", "img1", "cap1"), selected());
        WritableImage selection = snapshot();
        robot.drag(onScreen(CAP1), MouseButton.PRIMARY).moveBy(30, 40);
        WritableImage moving = snapshot();
        robot.release(MouseButton.PRIMARY);
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        File dir = paiban.Screenshots.folder().toFile();
        dir.mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(band, null), "png", new File(dir, "rubber-band.png"));
        ImageIO.write(SwingFXUtils.fromFXImage(selection, null), "png", new File(dir, "multiple-selection.png"));
        ImageIO.write(SwingFXUtils.fromFXImage(moving, null), "png", new File(dir, "multiple-selection-drag.png"));
        // each selected frame's edge is drawn in the selection colour
        ScreenTransform at = window.canvas().transform();
        int x = (int) Math.floor(at.x(CAP1.x()));
        int y = (int) Math.round(at.y(CAP1.y() + CAP1.height() / 2));
        var c = selection.getPixelReader().getColor(x, y);
        assertEquals(CanvasStyle.SELECTION.getBlue(), c.getBlue(), 0.1, c.toString());
        assertTrue(c.getRed() < 0.2, c.toString());
    }
}
