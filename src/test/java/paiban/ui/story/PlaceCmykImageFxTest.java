package paiban.ui.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.PixelReader;
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
import paiban.layout.ImageMark;
import paiban.model.Rect;
import paiban.model.frame.ImageFrame;
import paiban.preflight.Finding;
import paiban.render.fx.ScreenTransform;
import paiban.render.image.CmykJpegFiles;
import paiban.render.image.CmykJpegFiles.Variant;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;
import paiban.ui.MainWindow;
import paiban.ui.MonocleStage;
import paiban.ui.TestEditions;

/** A photo desk's CMYK JPEG placed in the sample edition: shown in its colours, clean in preflight. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class PlaceCmykImageFxTest {
    static final Path SAMPLE = Path.of("assets/sample");
    MainWindow window;
    Stage stage;
    MonocleStage monocle;
    Path photo;

    @Start
    void start(Stage s) throws Exception {
        // a copy: the window autosaves beside its file, and the sample must stay as committed
        Path dir = Files.createTempDirectory("paiban-cmyk-fx");
        Files.copy(SAMPLE.resolve("binjiang-dawn.jpg"), dir.resolve("binjiang-dawn.jpg"));
        Files.copy(SAMPLE.resolve("edition.json"), dir.resolve("edition.json"));
        // seven 128-pixel patches (C, M, Y, K, paper, mid tone, rich black), Photoshop's YCCK
        photo = CmykJpegFiles.write(dir.resolve("desk-photo.jpg"), CmykJpegFiles.PATCHES, Variant.ADOBE_YCCK, 8);
        Path file = dir.resolve("edition.json");
        stage = s;
        window = new MainWindow(new EditionDocument(TestEditions.COMPOSER, EditionFile.read(file), file));
        window.show(s);
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    @Test
    void aCmykJpegIsPlacedShownInItsColoursAndPassesPreflight() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            window.canvasModel().pageIndexProperty().set(1);
            window.canvasModel().selectedFrameIdProperty().set("");
            // column guides and grid would cross the small patches at the fitted zoom
            window.canvasModel().showGuidesProperty().set(false);
            window.canvasModel().showGridProperty().set(false);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> window.placeActions().placeImage(photo)).get();
        WaitForAsyncUtils.waitForFxEvents();

        String pageId = window.canvasModel().currentPage().orElseThrow().id();
        ImageFrame image = (ImageFrame) window.document().edition().page(pageId).orElseThrow().frames().stream()
                .filter(f -> f instanceof ImageFrame i && i.path().equals("desk-photo.jpg")).findFirst().orElseThrow();
        // the frame takes the picture's 7:1 proportions from its header (about 1/7 as high as wide, to the grid)
        assertTrue(image.bounds().height() < image.bounds().width() / 3, image.bounds().toString());
        ImageMark mark = window.document().layout().page(pageId).orElseThrow().marks().stream()
                .filter(m -> m instanceof ImageMark im && im.frameId().equals(image.id())).map(m -> (ImageMark) m)
                .findFirst().orElseThrow();

        // the photo is decoded off the FX thread once a paint has asked for it, and painted again when it has
        // landed: wait for that event (a paint that has not yet asked finds no decoding to wait for)
        ScreenTransform at = window.canvas().transform();
        javafx.geometry.Point2D origin = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport()
                .sceneToLocal(window.canvas().canvas().localToScene(0, 0))).get();
        PixelReader[] last = new PixelReader[1];
        try {
            WaitForAsyncUtils.waitFor(60, java.util.concurrent.TimeUnit.SECONDS, () -> {
                WaitForAsyncUtils.waitForFxEvents();
                paiban.render.fx.FxPainter.imagesLoaded().get(60, java.util.concurrent.TimeUnit.SECONDS);
                WaitForAsyncUtils.waitForFxEvents();
                // the page layer lies under the overlay canvas: look at the viewport, where both show
                last[0] = WaitForAsyncUtils.asyncFx(() -> window.canvas().viewport().snapshot(null, null)).get()
                        .getPixelReader();
                try {
                    assertLooks(last[0], at, origin, mark, 0, "cyan", CYAN);
                    return true;
                } catch (AssertionError notYet) {
                    return false;
                }
            });
        } catch (java.util.concurrent.TimeoutException e) {
            // never painted: the assertions below say what the canvas shows instead
        }
        PixelReader px = last[0];
        snapshot("place-cmyk-image.png");
        // as newsprint prints the inks (soft proof through the press profile)
        assertLooks(px, at, origin, mark, 0, "cyan", CYAN);
        assertLooks(px, at, origin, mark, 1, "magenta", c -> c.getRed() > 0.8 && c.getBlue() > 0.5 && c.getGreen() < 0.6);
        assertLooks(px, at, origin, mark, 2, "yellow", c -> c.getRed() > 0.8 && c.getGreen() > 0.8 && c.getBlue() < 0.6);
        assertLooks(px, at, origin, mark, 3, "newsprint black (a dark grey), not the light grey missing box",
                c -> c.getBrightness() < 0.55 && c.getSaturation() < 0.15);

        List<Finding> findings = WaitForAsyncUtils.asyncFx(() -> window.preflightModel().refresh()).get();
        assertEquals(List.of(), findings.stream().filter(f -> image.id().equals(f.frameId())).toList());
    }

    interface Looks {
        boolean test(Color c);
    }

    private static final Looks CYAN = c -> c.getBlue() > 0.8 && c.getGreen() > 0.6 && c.getRed() < 0.3;

    /** The canvas colour at the middle of patch {@code patch} of the picture, where the frame shows it. */
    private static void assertLooks(PixelReader px, ScreenTransform at, javafx.geometry.Point2D origin, ImageMark mark, int patch, String what, Looks ok) {
        Rect p = mark.placement(), clip = mark.clip();
        int x = p.x() + (int) ((long) p.width() * (2 * patch + 1) / (2 * CmykJpegFiles.PATCHES.length));
        int y = clip.y() + clip.height() / 2;
        assertTrue(x > clip.x() && x < clip.right(), "patch " + patch + " lies in the frame");
        int sx = (int) Math.round(origin.getX() + at.x(x)), sy = (int) Math.round(origin.getY() + at.y(y));
        // any pixel of a 5 × 5 neighbourhood: a frame edge may cross the middle of a small patch
        for (int dx = -2; dx <= 2; dx++) for (int dy = -2; dy <= 2; dy++) if (ok.test(px.getColor(sx + dx, sy + dy))) return;
        throw new AssertionError("patch " + patch + " should look " + what + ", is " + px.getColor(sx, sy));
    }

    private void snapshot(String name) throws Exception {
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file(name);
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
    }
}
