package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
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
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.render.fx.ScreenTransform;

/**
 * Finishing frames on the real window: a photo cropped by dragging its
 * picture (Ctrl+Alt), two frames aligned from the tool bar, a story's last
 * frame fitted to its text, each undone with Ctrl+Z; 关闭 (Ctrl+W) on an
 * edited edition asks before it lets go.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ImagesAndArrangeFxTest {
    static final PageTemplate T = TestEditions.T;
    static final Rect T1 = T.gridRect(0, 5, 10, 40), IMG1 = T.gridRect(5, 3, 3, 30);
    MainWindow window;
    MonocleStage monocle;
    Path photo;

    @Start
    void start(Stage s) throws Exception {
        Path dir = Files.createTempDirectory("paiban-images");
        photo = dir.resolve("photo.png");
        BufferedImage bi = new BufferedImage(600, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) for (int x = 0; x < 600; x++) bi.setRGB(x, y, x < 300 ? 0xcc2222 : 0x2244cc);
        ImageIO.write(bi, "png", photo.toFile());
        Edition e = TestEditions.twoPages();
        // long enough to run on into t2 on page 2, which then holds some of it
        var s1 = e.story("s1").orElseThrow();
        e = e.withStory(s1.withParagraph(1, new paiban.model.story.Paragraph("正文",
                "本报讯（记者 林小河）今天上午，明城地铁三号线正式开通运营。".repeat(90))));
        Page p1 = e.page("p1").orElseThrow();
        List<Frame> frames = new ArrayList<>();
        for (Frame f : p1.frames()) frames.add(f instanceof ImageFrame i ? i.withPath(photo.toString()) : f);
        window = new MainWindow(new EditionDocument(TestEditions.COMPOSER, e.withPage(p1.withFrames(frames)), null));
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

    private Point2D onScreen(Rect r) { return onScreen(r.x() + r.width() / 2, r.y() + r.height() / 2); }

    private Frame frame(String page, String id) {
        WaitForAsyncUtils.waitForFxEvents();
        return window.document().edition().page(page).orElseThrow().frame(id).orElseThrow();
    }

    private void undo(FxRobot robot) {
        robot.press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPhotoIsCroppedByDraggingItsPictureAndTheFrameStays(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(IMG1));
        var ppi = window.propertiesModel().row("有效分辨率（低于 150 ppi）")
                .or(() -> window.propertiesModel().row("有效分辨率"));
        assertTrue(ppi.isPresent(), "the panel shows the effective ppi: "
                + window.propertiesModel().rows().stream().map(r -> r.name()).toList());
        double scale = window.canvas().transform().scale();
        double dx = 30;
        robot.press(KeyCode.CONTROL, KeyCode.ALT).drag(onScreen(IMG1), MouseButton.PRIMARY).moveBy(dx / 2, 0)
                .moveBy(dx / 2, 0).release(MouseButton.PRIMARY).release(KeyCode.ALT, KeyCode.CONTROL);
        ImageFrame moved = (ImageFrame) frame("p1", "img1");
        assertEquals(IMG1, moved.bounds(), "the frame stays where it is");
        assertEquals(ImageFit.MANUAL, moved.fit(), "the picture is now placed by hand");
        // filled, the 2:1 picture overhung the frame on both sides by the same amount; now it sits further right
        int overhang = (int) Math.round(IMG1.height() * 2.0 - IMG1.width()) / 2;
        assertEquals(-overhang + dx / scale, moved.offsetX(), 2 / scale, "moved by the drag");
        assertEquals(0, moved.offsetY(), 2 / scale);
        assertEquals(1, window.undoStack().depth(), "one undo step");
        robot.interact(() -> {
            try {
                javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(
                        window.canvas().viewport().getScene().snapshot(null), null), "png",
                        paiban.Screenshots.file("image-crop.png"));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        undo(robot);
        ImageFrame back = (ImageFrame) frame("p1", "img1");
        assertEquals(ImageFit.FILL, back.fit());
        assertEquals(0, back.offsetX());
    }

    private Rect placement() {
        for (var m : window.document().layout().pages().get(0).marks()) {
            if (m instanceof paiban.layout.ImageMark im && im.frameId().equals("img1")) return im.placement();
        }
        throw new AssertionError("no image drawn");
    }

    /** The photo's file is changed on disk (another size): the page is composed again, no click needed. */
    @Test
    void aPhotoChangedOnDiskIsPlacedAnew(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        Rect before = placement();
        BufferedImage square = new BufferedImage(300, 300, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(square, "png", photo.toFile());
        Files.setLastModifiedTime(photo, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(photo).toMillis() + 5000));
        // what the follower's timer does every two seconds, done now
        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.canvas().followImageFiles()).get(), "composed again");
        assertFalse(WaitForAsyncUtils.asyncFx(() -> window.canvas().followImageFiles()).get(), "once");
        Rect after = placement();
        assertEquals(Math.max(IMG1.width(), IMG1.height()), after.width(), "square now, filling the frame");
        assertEquals(after.width(), after.height());
    }

    @Test
    void twoFramesAlignLeftFromTheToolBarAndCtrlZPutsThemBack(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(T1));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(IMG1)).release(KeyCode.SHIFT);
        robot.clickOn(robot.lookup("#align-left").queryAs(Button.class));
        assertEquals(T1.x(), frame("p1", "img1").bounds().x(), "the image's left edge on the text's");
        assertEquals(IMG1.y(), frame("p1", "img1").bounds().y(), "and nothing else moved");
        assertEquals(T1, frame("p1", "t1").bounds());
        undo(robot);
        assertEquals(IMG1, frame("p1", "img1").bounds());
    }

    @Test
    void theLastFrameOfAStoryShrinksToItsLinesOnTheGrid(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.interact(() -> window.canvasModel().showPage(1));
        Rect before = frame("p2", "t2").bounds();
        robot.clickOn(onScreen(T.columnLeft(1), before.y() + T.pitch() / 2));
        assertEquals("t2", window.canvasModel().selectedFrameIdProperty().get());
        int overset = window.document().layout().stories().get("s1").overset();
        assertTrue(window.document().layout().page("p2").orElseThrow().frames().stream()
                .anyMatch(i -> i.frameId().equals("t2") && i.charsSet() > 0), "t2 holds text");
        robot.clickOn("#menu-arrange").clickOn("#menu-fit-frame");
        Rect after = frame("p2", "t2").bounds();
        assertTrue(after.height() < before.height(), "shrunk: " + after);
        assertEquals(before.y(), after.y(), "the top stays");
        double lines = T.linesSpanned(after.height());
        assertEquals(Math.rint(lines), lines, 1e-9, "whole grid lines");
        assertEquals(overset, window.document().layout().stories().get("s1").overset(), "no more text overset");
        Rect oneLess = new Rect(after.x(), after.y(), after.width(), T.spanHeight((int) Math.rint(lines) - 1));
        Edition tighter = window.document().edition().withPage(window.document().edition().page("p2").orElseThrow()
                .withFrame(frame("p2", "t2").withBounds(oneLess)));
        assertTrue(window.document().compose(tighter).stories().get("s1").overset() > overset,
                "a line less would overset text: the fit is the tightest");
        undo(robot);
        assertEquals(before, frame("p2", "t2").bounds());
    }

    @Test
    void closingAnEditedEditionAsksFirst(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(onScreen(T1));
        robot.press(KeyCode.SHIFT).clickOn(onScreen(IMG1)).release(KeyCode.SHIFT);
        robot.clickOn(robot.lookup("#align-top").queryAs(Button.class));
        assertTrue(window.document().isDirty());
        Edition edited = window.document().edition();
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("取消").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(edited, window.document().edition(), "cancelled: the edition stays");
        robot.press(KeyCode.CONTROL).type(KeyCode.W).release(KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn(robot.lookup("不保存").queryButton());
        WaitForAsyncUtils.waitForFxEvents();
        assertNotEquals(edited, window.document().edition());
        assertTrue(window.document().edition().pages().isEmpty(), "closed: an empty window");
        assertFalse(window.document().isDirty());
    }
}
