package paiban.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.render.image.BrokenImageFiles;

/**
 * The page thumbnails and the canvas ask for the same photo while it is being decoded: each is
 * called back when it lands (only the first was, and the canvas stayed without the photo).
 */
class ScreenImagesWaitersTest {
    @TempDir Path dir;

    @Test
    void everyViewThatAskedWhilePendingIsCalledBack() throws Exception {
        Path cut = Files.write(dir.resolve("both.jpg"), BrokenImageFiles.cut(BrokenImageFiles.photo("jpeg", 200, 150), 0.3));
        AtomicInteger thumbnail = new AtomicInteger(), canvas = new AtomicInteger();
        Runnable thumbnailRepaint = thumbnail::incrementAndGet, canvasRepaint = canvas::incrementAndGet;
        // held, so both asks find it pending whatever the machine's speed
        PhotoDecoding.hold();
        try {
            assertEquals(ScreenImages.State.PENDING, ScreenImages.get(cut, thumbnailRepaint).state());
            assertEquals(ScreenImages.State.PENDING, ScreenImages.get(cut, canvasRepaint).state());
            assertEquals(ScreenImages.State.PENDING, ScreenImages.get(cut, canvasRepaint).state());
        } finally {
            PhotoDecoding.release();
        }
        ScreenImages.idle().get(60, TimeUnit.SECONDS);
        assertEquals(1, thumbnail.get());
        assertEquals(1, canvas.get(), "the same view asking twice is called back once");
    }
}
