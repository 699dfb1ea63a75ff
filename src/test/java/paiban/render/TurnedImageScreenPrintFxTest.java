package paiban.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.compose.flow.ImagePlacement;
import paiban.layout.ImageMark;
import paiban.layout.PageLayout;
import paiban.model.Rect;
import paiban.model.frame.ImageFit;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;

/**
 * A picture turned by quarter turns and cropped by its frame looks the same
 * on the canvas and in the PDF: both draw the one {@link ImageMark}.
 */
@ExtendWith(ApplicationExtension.class)
class TurnedImageScreenPrintFxTest {
    static final int PT = 1000;
    static final int W = 200, H = 120;

    @TempDir Path dir;

    @Start
    void start(Stage s) {
        // the toolkit is all these tests need
    }

    /** Four quadrants: red top-left, green top-right, blue bottom-left, black bottom-right. */
    static Path quadrants(Path file) throws Exception {
        BufferedImage bi = new BufferedImage(160, 80, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 80; y++)
            for (int x = 0; x < 160; x++)
                bi.setRGB(x, y, y < 40 ? (x < 80 ? 0xdd0000 : 0x00aa00) : (x < 80 ? 0x0000dd : 0x111111));
        ImageIO.write(bi, "png", file.toFile());
        return file;
    }

    static PageLayout page(Path file, int turns) {
        Rect frame = new Rect(40 * PT, 20 * PT, 100 * PT, 80 * PT);
        Rect placed = ImagePlacement.place(frame, 160, 80, ImageFit.FILL, 1, 0, 0, turns);
        return new PageLayout("p", 1, "", W * PT, H * PT, List.of(new ImageMark("i", file, frame, placed, turns)), List.of());
    }

    static BufferedImage screen(PageLayout page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(W * ScreenMatchesPrintTest.SCALE, H * ScreenMatchesPrintTest.SCALE);
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(),
                    new ScreenTransform(ScreenMatchesPrintTest.SCALE / PT, 0, 0)));
            return SwingFXUtils.fromFXImage(c.snapshot(null, null), null);
        }).get();
    }

    /**
     * Share of sample points (every 4 pixels) whose colour class differs: the
     * screen soft-proofs paler than print, so classes (red, green, blue, dark,
     * paper) are compared, not values.
     */
    static double difference(BufferedImage a, BufferedImage b) {
        int n = 0, differ = 0;
        for (int y = 2; y < a.getHeight(); y += 4)
            for (int x = 2; x < a.getWidth(); x += 4) {
                n++;
                if (kind(a.getRGB(x, y)) != kind(b.getRGB(x, y))) differ++;
            }
        return (double) differ / n;
    }

    static char kind(int rgb) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        if (Math.min(r, Math.min(g, b)) > 235) return 'W';
        if (r > g + 25 && r > b + 25) return 'R';
        if (g > r + 25 && g > b + 10) return 'G';
        if (b > r + 25 && b > g + 10) return 'B';
        return 'K';
    }

    @Test
    void everyTurnLooksTheSameOnScreenAndInPrint() throws Exception {
        Path file = quadrants(dir.resolve("q.png"));
        screen(page(file, 0));
        FxPainter.imagesLoaded().get(60, TimeUnit.SECONDS);
        BufferedImage upright = null;
        for (int turns = 0; turns < 4; turns++) {
            PageLayout page = page(file, turns);
            BufferedImage screen = screen(page), print = ScreenMatchesPrintTest.print(page);
            double diff = difference(screen, print);
            // colours differ a little (the screen soft-proofs, print converts to CMYK); where they lie may not
            assertTrue(diff <= 0.03, turns + " quarter turns: screen and print differ at a share of " + diff);
            if (turns == 0) upright = print;
            else assertTrue(difference(upright, print) > 0.2, turns + " quarter turns: the print changed with the turn");
        }
    }
}
