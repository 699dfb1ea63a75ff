package paiban.ui.panels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.geometry.Point2D;
import javafx.scene.control.Button;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.io.EditionFile;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.unit.Units;
import paiban.preflight.Finding;
import paiban.render.fx.ScreenTransform;
import paiban.render.placed.AdPdfs;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.MonocleStage;
import paiban.ui.TestEditions;

/**
 * The ad desk's workflow in the editor: an ad PDF placed in the sample's ad
 * frame is drawn on the canvas as PDFBox renders it, 移除 and undo work, and
 * a new version of the file on disk shows without any click.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class PlacedAdFxTest {
    MainWindow window;
    MonocleStage monocle;
    Path dir;
    Path ad;

    @Start
    void start(Stage s) throws Exception {
        dir = Files.createTempDirectory("paiban-ad-fx");
        Files.copy(Path.of("assets/sample/edition.json"), dir.resolve("edition.json"));
        Files.copy(Path.of("assets/sample/binjiang-dawn.jpg"), dir.resolve("binjiang-dawn.jpg"));
        Files.createDirectories(dir.resolve("ads"));
        Path file = dir.resolve("edition.json");
        window = new MainWindow(new EditionDocument(TestEditions.COMPOSER, EditionFile.read(file), file));
        window.show(s);
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    AdFrame frame() {
        return (AdFrame) window.document().edition().pages().get(0).frame("p1-ad").orElseThrow();
    }

    @Test
    void anAdPdfIsPlacedShownRemovedRestoredAndFollowsItsFile() throws Exception {
        Rect b = frame().bounds();
        ad = AdPdfs.good(dir.resolve("ads/bank.pdf"), (float) Units.toMm(b.width()), (float) Units.toMm(b.height()));
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvasModel().pageIndexProperty().set(0);
            window.canvasModel().showGuidesProperty().set(false);
            window.canvasModel().showGridProperty().set(false);
            window.canvasModel().selectedFrameIdProperty().set("p1-ad");
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        Button place = (Button) window.propertiesPanel().lookup("#ad-place");
        assertTrue(place.isVisible());
        assertEquals("置入广告…", place.getText());

        assertTrue(WaitForAsyncUtils.asyncFx(() -> window.propertiesModel().placeAd(ad)).get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ads/bank.pdf", frame().placedFile(), "stored relative to the edition file");
        assertEquals(b, frame().bounds(), "the frame keeps its place");
        assertEquals("更换…", place.getText());
        waitUntilAdLooks("magenta", c -> c.getRed() > 0.7 && c.getGreen() < 0.4 && c.getBlue() > 0.3);
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> window.canvas().getScene().snapshot(null)).get();
        paiban.Screenshots.folder();
        javax.imageio.ImageIO.write(javafx.embed.swing.SwingFXUtils.fromFXImage(shot, null), "png",
                paiban.Screenshots.folder().resolve("placed-ad.png").toFile());

        Button remove = (Button) window.propertiesPanel().lookup("#ad-remove");
        WaitForAsyncUtils.asyncFx(remove::fire).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("", frame().placedFile());
        assertEquals("置入广告…", place.getText());
        waitUntilAdLooks("paper (the placeholder)", c -> c.getBrightness() > 0.9 && c.getSaturation() < 0.1);
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().undoStack().undo()).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals("ads/bank.pdf", frame().placedFile(), "undo puts the ad back");
        waitUntilAdLooks("magenta again", c -> c.getRed() > 0.7 && c.getGreen() < 0.4 && c.getBlue() > 0.3);

        // the agency sends a new version: the canvas follows the file by itself
        AdPdfs.rgbUnembedded(ad, (float) Units.toMm(b.width()), (float) Units.toMm(b.height()));
        Files.setLastModifiedTime(ad, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        waitUntilAdLooks("blue, the new version", c -> c.getBlue() > 0.7 && c.getRed() < 0.3 && c.getGreen() < 0.3);

        List<Finding> findings = WaitForAsyncUtils.asyncFx(() -> window.preflightModel().refresh()).get();
        List<String> codes = findings.stream().filter(f -> "p1-ad".equals(f.frameId())).map(Finding::code).sorted().toList();
        assertEquals(List.of("ad-font", "ad-rgb"), codes);
        assertFalse(window.document().layout().warnings().stream().anyMatch(w -> w.contains("p1-ad")),
                window.document().layout().warnings().toString());
    }

    interface Looks {
        boolean test(Color c);
    }

    /** Waits (the rendering is made off the UI thread) until the middle right of the ad frame looks so. */
    private void waitUntilAdLooks(String what, Looks ok) throws Exception {
        Rect b = frame().bounds();
        int x = b.x() + b.width() * 3 / 4, y = b.y() + b.height() / 2;
        Color[] last = new Color[1];
        try {
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
                Color c = WaitForAsyncUtils.asyncFx(() -> {
                    window.canvas().paint();
                    ScreenTransform at = window.canvas().transform();
                    WritableImage shot = window.canvas().viewport().snapshot(null, null);
                    Point2D origin = window.canvas().viewport().sceneToLocal(window.canvas().canvas().localToScene(0, 0));
                    return shot.getPixelReader().getColor((int) Math.round(origin.getX() + at.x(x)),
                            (int) Math.round(origin.getY() + at.y(y)));
                }).get();
                last[0] = c;
                return ok.test(c);
            });
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("the ad should look " + what + ", is " + last[0]);
        }
    }
}
