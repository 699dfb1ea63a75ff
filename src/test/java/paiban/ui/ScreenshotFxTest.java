package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Takes a picture of the main window (target/screenshots/main-window.png)
 * so a person can look at it; checks the picture is the window, not blank.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ScreenshotFxTest {
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        Path sample = EditionLoader.sample();
        window = Files.exists(sample) ? PaibanApp.openWindow(s, sample) : showTestEdition(s);
    }

    private static MainWindow showTestEdition(Stage s) {
        MainWindow w = new MainWindow(TestEditions.document());
        w.show(s);
        return w;
    }

    @Test
    void mainWindow() throws Exception {
        // a desk monitor's window, larger than the headless screen, so it is drawn off screen
        MainWindow big = WaitForAsyncUtils.asyncFx(() -> new MainWindow(window.document())).get();
        javafx.scene.Scene scene = WaitForAsyncUtils.asyncFx(() -> {
            javafx.scene.Scene sc = big.scene(1600, 1050);
            sc.snapshot(null); // lays the window out
            return sc;
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> big.canvas().fitPage()).get();
        WaitForAsyncUtils.waitForFxEvents();
        // a selected frame shows handles and fills the properties panel, as a designer would see it;
        // preferably a story that jumps to another page, so its thread arrow shows
        WaitForAsyncUtils.asyncFx(() -> {
            var vm = big.canvasModel();
            var edition = big.document().edition();
            String here = vm.currentPage().orElseThrow().id();
            var jumping = vm.outlines().stream().filter(o -> o.kind() == paiban.layout.FrameKind.TEXT)
                    .filter(o -> edition.storyOfFrame(o.frameId()).map(st -> st.chain().stream()
                            .anyMatch(r -> !r.pageId().equals(here))).orElse(false)).findFirst();
            jumping.or(() -> vm.outlines().stream().filter(o -> o.kind() == paiban.layout.FrameKind.TEXT).findFirst())
                    .ifPresent(o -> vm.selectedFrameIdProperty().set(o.frameId()));
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        // off screen nothing pulses: a first snapshot settles the layout the selection changed
        WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        // photos decode off the FX thread: wait for those the settled layout asked for, and paint again
        paiban.render.fx.FxPainter.imagesLoaded().get(60, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        paiban.render.fx.FxPainter.imagesLoaded().get(60, java.util.concurrent.TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> scene.snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = paiban.Screenshots.file("main-window.png");
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
        assertTrue(img.getWidth() == 1600 && img.getHeight() == 1050, img.getWidth() + "×" + img.getHeight());
        // the page is white paper in the middle of the canvas
        var canvas = big.canvas().canvas();
        var mid = canvas.localToScene(canvas.getWidth() / 2, canvas.getHeight() / 2);
        int rgb = img.getRGB((int) mid.getX(), (int) mid.getY() - 5);
        assertTrue((rgb & 0xffffff) != 0, "not black");
    }

    @Test
    void zoomedIn() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        // 200 % on the first text frame of page 1, where a designer checks the setting
        WaitForAsyncUtils.asyncFx(() -> {
            var vm = window.canvasModel();
            var target = vm.outlines().stream().filter(o -> o.kind() == paiban.layout.FrameKind.TEXT
                    && o.bounds().width() > 100_000).findFirst().orElse(vm.outlines().get(0));
            vm.showGridProperty().set(true);
            var c = window.canvas();
            var at = c.transform();
            c.zoomAround(2.0, at.x(target.bounds().x()), at.y(target.bounds().y()));
            c.scrollBy(-40, -40);
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        paiban.render.fx.FxPainter.imagesLoaded().get(60, java.util.concurrent.TimeUnit.SECONDS); // photos decode off the FX thread
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        File out = paiban.Screenshots.file("zoomed.png");
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out);
        assertTrue(window.canvasModel().zoom() == 2.0);
    }
}
