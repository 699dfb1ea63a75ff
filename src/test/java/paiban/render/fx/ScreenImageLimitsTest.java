package paiban.render.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.render.image.BrokenImageFiles;

/**
 * Issue 13, point 4, on screen: the canvas never hands JavaFX a pipe (it
 * would block the UI thread for good), a device, a lying header or a cut-off
 * file; such an image is drawn as a missing one. None of these reach JavaFX,
 * so no toolkit is needed here.
 */
class ScreenImageLimitsTest {
    @TempDir Path dir;

    @Test
    void brokenFilesAreMissingOnScreen() throws Exception {
        Path fifo = dir.resolve("pipe.jpg");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Path cut = Files.write(dir.resolve("cut.jpg"), BrokenImageFiles.cut(BrokenImageFiles.photo("jpeg", 400, 300), 0.3));
        Path huge = Files.write(dir.resolve("huge.png"),
                BrokenImageFiles.pngClaiming(BrokenImageFiles.photo("png", 20, 20), 100_000, 100_000));
        for (Path p : new Path[] {fifo, cut, huge, dir, Path.of("/dev/zero")}) {
            assertTrue(assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ScreenImage.load(p)).isEmpty(), p.toString());
        }
    }
}
