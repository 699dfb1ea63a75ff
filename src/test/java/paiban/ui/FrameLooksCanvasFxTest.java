package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;

/** The sample's 花边 box as the canvas shows it. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class FrameLooksCanvasFxTest {
    MainWindow window;
    MonocleStage monocle;
    Stage stage;

    @Start
    void start(Stage s) {
        stage = s;
        window = PaibanApp.openWindow(s, EditionLoader.sample());
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    /** The sample's boxed digest on the canvas, zoomed in: its red 回纹 band is drawn (target/screenshots/frame-looks-canvas.png). */
    @Test
    void theCanvasDrawsTheDigestsKeyBorder() throws Exception {
        Rect box = window.document().edition().pages().get(0).frame("p1-briefs").orElseThrow().bounds();
        WaitForAsyncUtils.asyncFx(() -> {
            ScreenTransform t = window.canvas().transform();
            window.canvas().zoomAround(3, t.x(box.x()), t.y(box.y()));
            window.canvas().paint();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        ScreenTransform t = WaitForAsyncUtils.asyncFx(() -> window.canvas().transform()).get();
        var shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        File out = paiban.Screenshots.file("frame-looks-canvas.png");
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out);
        // the left band of the border: one grid line wide, from the frame's top down
        Point2D a = WaitForAsyncUtils.asyncFx(() -> window.canvas().canvas().localToScene(t.x(box.x()), t.y(box.y()))).get();
        Point2D z = WaitForAsyncUtils.asyncFx(() -> window.canvas().canvas().localToScene(t.x(box.x() + 13_500),
                t.y(box.y() + 80_000))).get();
        PixelReader px = shot.getPixelReader();
        int reds = 0, n = 0;
        for (int x = (int) a.getX(); x < (int) z.getX(); x++) {
            for (int y = (int) a.getY(); y < Math.min((int) z.getY(), (int) shot.getHeight()); y++) {
                if (x < 0 || y < 0 || x >= shot.getWidth()) continue;
                Color c = px.getColor(x, y);
                n++;
                if (c.getRed() > 0.7 && c.getGreen() < 0.4 && c.getBlue() < 0.4) reds++;
            }
        }
        assertTrue(n > 100 && reds > n / 10, "red 回纹 in the band: " + reds + " of " + n);
        assertTrue(reds < n * 0.9, "a pattern, not a solid bar: " + reds + " of " + n);
    }
}
