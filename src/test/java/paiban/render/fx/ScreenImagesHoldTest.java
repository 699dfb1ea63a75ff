package paiban.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.render.image.BrokenImageFiles;

/**
 * Issue 16, the start: while photo decoding is held (until the window is usable) a photo asked for is
 * pending and its decoding does not run; released, it runs and the painter is called back.
 */
class ScreenImagesHoldTest {
    @TempDir Path dir;

    @Test
    void heldDecodingRunsOnlyAfterRelease() throws Exception {
        // a cut-off file: decoded without a toolkit, it lands as a missing image
        Path cut = Files.write(dir.resolve("cut.jpg"), BrokenImageFiles.cut(BrokenImageFiles.photo("jpeg", 200, 150), 0.3));
        AtomicInteger landed = new AtomicInteger();
        PhotoDecoding.hold();
        try {
            assertEquals(ScreenImages.State.PENDING, ScreenImages.get(cut, landed::incrementAndGet).state());
            CompletableFuture<Void> idle = ScreenImages.idle();
            assertFalse(idle.isDone(), "a held decoding must not have run");
            assertEquals(0, landed.get());
            PhotoDecoding.release();
            idle.get(60, TimeUnit.SECONDS);
            assertEquals(1, landed.get());
            assertEquals(ScreenImages.State.FAILED, ScreenImages.get(cut, landed::incrementAndGet).state());
        } finally {
            PhotoDecoding.release();
        }
    }
}
