package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import javafx.embed.swing.SwingFXUtils;
import javafx.geometry.Point2D;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.render.fx.ScreenTransform;

/** The editor's canvas marks a character no shipped face has in red, where the layout put it. */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class MissingGlyphCanvasFxTest {
    static final String ANCHOR = "岸线贯通工程自2023年春启动";
    static final String PLANTED = "吉\uD842\uDFB7祥\uD83D\uDE00如意。";

    @TempDir static Path dir;
    MainWindow window;
    Stage stage;
    MonocleStage monocle;

    @Start
    void start(Stage s) throws Exception {
        Path sample = EditionLoader.sample();
        try (Stream<Path> files = Files.list(sample.getParent())) {
            for (Path p : files.toList()) Files.copy(p, dir.resolve(p.getFileName()));
        }
        Path file = dir.resolve(sample.getFileName());
        String json = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(json.contains(ANCHOR));
        Files.writeString(file, json.replaceFirst(ANCHOR, PLANTED + ANCHOR), StandardCharsets.UTF_8);
        stage = s;
        window = PaibanApp.openWindow(s, file);
        monocle = MonocleStage.onScreen(s);
    }

    @AfterEach
    void restore() throws Exception {
        monocle.restore();
    }

    @Test
    void theMissingCharacterIsRedOnTheCanvas() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        LineBox line = null;
        int index = -1;
        GlyphRun run = null;
        for (LineBox l : window.document().layout().page("p1").orElseThrow().lines()) {
            for (GlyphRun r : l.runs()) {
                for (int i = 0, off = 0; i < r.length(); i++) {
                    int cp = r.text().codePointAt(off);
                    off += Character.charCount(cp);
                    if (cp == 0x1F600) {
                        line = l;
                        run = r;
                        index = i;
                    }
                }
            }
        }
        assertTrue(line != null, "😀 is set on page 1");
        assertEquals(0, run.glyphs()[index], "at glyph 0");
        final LineBox at = line;
        final GlyphRun r = run;
        final int i = index;
        // zoom in around the character, as a designer would to look at it
        WaitForAsyncUtils.asyncFx(() -> {
            ScreenTransform t = window.canvas().transform();
            window.canvas().zoomAround(4, t.x(at.x() + r.xs()[i]), t.y(at.baseline()));
            window.canvas().paint();
        }).get();
        WaitForAsyncUtils.waitForFxEvents();
        // the page is drawn on a layer under the canvas that takes the input: look at the window as shown
        ScreenTransform t = WaitForAsyncUtils.asyncFx(() -> window.canvas().transform()).get();
        var shot = WaitForAsyncUtils.asyncFx(() -> stage.getScene().snapshot(null)).get();
        File out = paiban.Screenshots.file("missing-glyph.png");
        out.getParentFile().mkdirs();
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png", out);
        PixelReader px = shot.getPixelReader();
        Point2D topLeft = WaitForAsyncUtils.asyncFx(() -> window.canvas().canvas().localToScene(
                t.x(at.x() + r.xs()[i]), t.y(at.baseline() - r.size()))).get();
        Point2D bottomRight = WaitForAsyncUtils.asyncFx(() -> window.canvas().canvas().localToScene(
                t.x(at.x() + r.xs()[i] + r.advances()[i]), t.y(at.baseline()))).get();
        int x0 = (int) topLeft.getX(), y0 = (int) topLeft.getY();
        int x1 = (int) bottomRight.getX(), y1 = (int) bottomRight.getY();
        int reds = 0;
        for (int x = x0; x < x1; x++) for (int y = y0; y < y1; y++) {
            Color c = px.getColor(x, y);
            if (c.getRed() > 0.7 && c.getGreen() < 0.3 && c.getBlue() < 0.3) reds++;
        }
        assertTrue(reds > 20, "red where 😀 is (" + x0 + "," + y0 + ")–(" + x1 + "," + y1 + "): " + reds);
    }
}
