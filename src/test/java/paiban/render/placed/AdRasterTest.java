package paiban.render.placed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.Rect;
import paiban.model.unit.Units;

/** The screen's renderings of placed pages, and where the trim box lands in a frame. */
class AdRasterTest {
    @TempDir Path dir;

    @Test
    void theTrimBoxIsFittedIntoTheFrameAlikeInBothDirectionsAndCentred() {
        PageBox trim = new PageBox(10, 20, 200, 50); // 4:1
        PlacedFit fit = PlacedFit.of(new Rect(Units.pt(100), Units.pt(100), Units.pt(100), Units.pt(100)), trim);
        assertEquals(500, fit.scale(), 1e-9, "half size: 1 point of the ad is 500 millipoints");
        assertEquals(Units.pt(100), fit.x(10), 1e-6, "trim's left edge at the frame's");
        assertEquals(Units.pt(200), fit.x(210), 1e-6, "trim's right edge at the frame's");
        assertEquals(Units.pt(100 + 37.5), fit.y(70), 1e-6, "trim's top 37.5 pt down: centred");
        assertEquals(Units.pt(100 + 62.5), fit.y(20), 1e-6, "trim's bottom");
    }

    @Test
    void everyViewAskingWhileItRendersIsCalledBackAndANewVersionReachesTheOthers() throws Exception {
        Path file = AdPdfs.good(dir.resolve("both.pdf"), 80, 50);
        CountDownLatch canvas = new CountDownLatch(1), thumbnail = new CountDownLatch(1);
        AdRaster.get(file, 1, 400, canvas::countDown);
        AdRaster.get(file, 1, 400, thumbnail::countDown);
        assertTrue(canvas.await(60, TimeUnit.SECONDS) && thumbnail.await(60, TimeUnit.SECONDS), "both called back");

        // the file changes; a thumbnail renders the new version: a view that asked nothing is told
        CountDownLatch told = new CountDownLatch(1);
        Runnable view = told::countDown;
        AdRaster.whenNewVersion(view);
        AdPdfs.rgbUnembedded(file, 80, 50);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        AdRaster.get(file, 1, 200, () -> { });
        assertTrue(told.await(60, TimeUnit.SECONDS), "the view showing the old version draws again");
        assertFalse(AdRaster.changed(file, 1));
        assertNotNull(view);
    }

    @Test
    void aPageIsRenderedInTheBackgroundAndAgainWhenItsFileChanges() throws Exception {
        Path file = AdPdfs.good(dir.resolve("ad.pdf"), 80, 50);
        CountDownLatch ready = new CountDownLatch(1);
        AdRaster.Preview first = AdRaster.get(file, 1, 400, ready::countDown);
        assertEquals(AdRaster.State.PENDING, first.state());
        assertNull(first.raster());
        assertTrue(ready.await(60, TimeUnit.SECONDS), "rendered");
        AdRaster.Preview done = AdRaster.get(file, 1, 400, () -> { });
        assertEquals(AdRaster.State.READY, done.state());
        AdRaster.Raster r = done.raster();
        assertEquals(512, Math.max(r.width(), r.height()), "the next size step above 400 pixels");
        assertEquals(80, r.trim().widthMm(), 0.01);
        assertEquals(86, r.crop().widthMm(), 0.01, "the rendering shows the whole crop box, bleed and all");
        int px = r.argb()[r.height() / 2 * r.width() + r.width() * 3 / 4];
        assertTrue(((px >> 16) & 255) > 200 && ((px >> 8) & 255) < 100, "magenta: " + Integer.toHexString(px));
        assertSame(r, AdRaster.get(file, 1, 300, () -> { }).raster(), "a smaller request uses the cached picture");
        assertFalse(AdRaster.changed(file, 1));

        AdPdfs.rgbUnembedded(file, 80, 50);
        Files.setLastModifiedTime(file, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertTrue(AdRaster.changed(file, 1));
        CountDownLatch again = new CountDownLatch(1);
        AdRaster.Preview stale = AdRaster.get(file, 1, 400, again::countDown);
        assertEquals(AdRaster.State.PENDING, stale.state());
        assertSame(r, stale.raster(), "the old picture is shown until the new one is there");
        assertTrue(again.await(60, TimeUnit.SECONDS));
        AdRaster.Raster blue = AdRaster.get(file, 1, 400, () -> { }).raster();
        int b = blue.argb()[blue.height() / 2 * blue.width() + blue.width() / 2];
        assertTrue((b & 255) > 200 && ((b >> 16) & 255) < 60, "blue now: " + Integer.toHexString(b));
    }

    @Test
    void aBrokenFileIsAFailureNotAnException() throws Exception {
        Path file = Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4 nothing");
        AdRaster.Preview p = AdRaster.renderNow(file, 1, 300);
        assertEquals(AdRaster.State.FAILED, p.state());
        assertTrue(p.problem().contains("broken.pdf"), p.problem());
        assertEquals(AdRaster.State.FAILED, AdRaster.get(dir.resolve("gone.pdf"), 1, 300, () -> { }).state());
    }
}
