package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

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
class ScreenshotFxTest {
    MainWindow window;
    Stage stage;

    @Start
    void start(Stage s) {
        Messages.use(Locale.SIMPLIFIED_CHINESE);
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
        WaitForAsyncUtils.waitForFxEvents();
        // a selected frame shows handles and fills the properties panel, as a designer would see it
        WaitForAsyncUtils.asyncFx(() -> window.canvasModel().outlines().stream()
                .filter(o -> o.kind() == paiban.layout.FrameKind.TEXT).findFirst()
                .ifPresent(o -> window.canvasModel().selectedFrameIdProperty().set(o.frameId()))).get();
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        BufferedImage img = SwingFXUtils.fromFXImage(shot, null);
        File out = new File("target/screenshots/main-window.png");
        out.getParentFile().mkdirs();
        ImageIO.write(img, "png", out);
        assertTrue(img.getWidth() >= 1000 && img.getHeight() >= 700);
        // the page is white paper in the middle of the canvas
        var canvas = window.canvas().canvas();
        var mid = canvas.localToScene(canvas.getWidth() / 2, canvas.getHeight() / 2);
        int rgb = img.getRGB((int) mid.getX(), (int) mid.getY() - 5);
        assertTrue((rgb & 0xffffff) != 0, "not black");
    }
}
