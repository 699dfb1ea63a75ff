package paiban.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import javafx.stage.Stage;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.layout.ImageMark;
import paiban.layout.PageLayout;
import paiban.model.Rect;
import paiban.render.LayoutWalker;

/** Photos are decoded off the FX thread: a light box first, the photo once the repaint callback came. */
@ExtendWith(ApplicationExtension.class)
class AsyncPhotoFxTest {
    static final int PT = 1000;
    static final ScreenTransform ONE = new ScreenTransform(0.001, 0, 0);

    @TempDir Path tmp;

    @Start
    void start(Stage s) {
        // the toolkit is all these tests need
    }

    private static Path photo(Path file, int rgb, int w, int h) throws Exception {
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) for (int x = 0; x < w; x++) bi.setRGB(x, y, rgb);
        ImageIO.write(bi, "png", file.toFile());
        return file;
    }

    private static PageLayout page(Path file) {
        Rect r = new Rect(0, 0, 40 * PT, 20 * PT);
        return new PageLayout("p", 1, "", 40 * PT, 20 * PT, List.of(new ImageMark("i", file, r, r)), List.of());
    }

    /** Paints the page on the FX thread; {@code ready} is counted down when a photo landed. */
    private static Color paint(PageLayout page, CountDownLatch ready) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(40, 20);
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(), ONE, 40, 20, ready::countDown));
            PixelReader px = c.snapshot(null, null).getPixelReader();
            return px.getColor(30, 10); // off the missing box's cross
        }).get();
    }

    /** Red as newsprint prints it: well redder than it is green or blue. */
    private static boolean red(Color c) {
        return c.getRed() > c.getGreen() + 0.3 && c.getRed() > c.getBlue() + 0.3;
    }

    @Test
    void anUncachedPhotoIsALightBoxUntilItsDecodingLandsThenThePhoto() throws Exception {
        // big enough to take a while, so the first paint surely comes before the decoding
        Path file = photo(tmp.resolve("red.png"), 0xdd0000, 3000, 2000);
        CountDownLatch ready = new CountDownLatch(1);
        Color first = paint(page(file), ready);
        assertEquals(0.93, first.getRed(), 0.02, "a light grey box while decoding: " + first);
        assertEquals(first.getRed(), first.getBlue(), 0.01, "grey, not the photo: " + first);
        assertTrue(ready.await(60, TimeUnit.SECONDS), "the repaint callback came");
        Color then = paint(page(file), new CountDownLatch(1));
        assertTrue(red(then), "the photo (a soft proof of red) now: " + then);
    }

    @Test
    void theScreenImageIsDecodedAtScreenSizeNotFull() throws Exception {
        Path file = photo(tmp.resolve("big.png"), 0x0000dd, 4200, 300);
        paint(page(file), new CountDownLatch(1));
        FxPainter.imagesLoaded().get(60, TimeUnit.SECONDS);
        ScreenImages.Shown shown = ScreenImages.get(file, () -> { });
        assertEquals(ScreenImages.State.READY, shown.state());
        assertTrue(Math.max(shown.image().getWidth(), shown.image().getHeight()) <= ScreenImage.MAX_SIDE,
                shown.image().getWidth() + " wide");
    }

    @Test
    void aChangedPhotoShowsTheOldOneUntilTheNewOneLandsAndABrokenOneIsTheMissingBox() throws Exception {
        Path file = photo(tmp.resolve("swap.png"), 0xdd0000, 40, 20);
        paint(page(file), new CountDownLatch(1));
        FxPainter.imagesLoaded().get(60, TimeUnit.SECONDS);
        photo(file, 0x00aa00, 40, 20);
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 5000));
        CountDownLatch ready = new CountDownLatch(1);
        Color meanwhile = paint(page(file), ready);
        assertTrue(ready.await(60, TimeUnit.SECONDS));
        Color now = paint(page(file), new CountDownLatch(1));
        assertTrue(red(meanwhile), "the old photo meanwhile: " + meanwhile);
        assertTrue(now.getGreen() > now.getRed() + 0.2 && now.getGreen() > now.getBlue() + 0.1, "the new photo: " + now);

        Files.write(file, new byte[] {1, 2, 3, 4, 5});
        Files.setLastModifiedTime(file, FileTime.fromMillis(Files.getLastModifiedTime(file).toMillis() + 10000));
        CountDownLatch broken = new CountDownLatch(1);
        paint(page(file), broken);
        assertTrue(broken.await(60, TimeUnit.SECONDS));
        Color missing = paint(page(file), new CountDownLatch(1));
        assertEquals(0.8, missing.getRed(), 0.02, "the grey missing-image box: " + missing);
    }
}
