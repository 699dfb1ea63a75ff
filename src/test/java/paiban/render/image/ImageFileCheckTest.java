package paiban.render.image;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.render.image.ImageFileCheck.Problem;
import paiban.render.image.ImageFileCheck.Result;

/** Issue 13, point 4: every image is decoded to its end once, within limits, and never opened unless it is a file. */
class ImageFileCheckTest {
    @TempDir Path dir;

    private Result check(Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> ImageFileCheck.check(file));
    }

    private Path write(String name, byte[] bytes) throws Exception {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void aWholeJpegAndPngPass() throws Exception {
        Result jpeg = check(write("a.jpg", BrokenImageFiles.photo("jpeg", 300, 200)));
        assertTrue(jpeg.ok(), jpeg.describe());
        assertEquals(300, jpeg.width());
        assertTrue(check(write("a.png", BrokenImageFiles.photo("png", 300, 200))).ok());
    }

    @Test
    void aJpegCutToAThirdIsTruncated() throws Exception {
        Result r = check(write("cut.jpg", BrokenImageFiles.cut(BrokenImageFiles.photo("jpeg", 400, 300), 1 / 3.0)));
        assertEquals(Problem.TRUNCATED, r.problem(), r.describe());
    }

    @Test
    void aCutPngIsNotPassed() throws Exception {
        Result r = check(write("cut.png", BrokenImageFiles.cut(BrokenImageFiles.photo("png", 400, 300), 0.5)));
        assertTrue(r.problem() == Problem.TRUNCATED || r.problem() == Problem.DAMAGED, r.describe());
    }

    @Test
    void aCutCmykJpegIsTruncated() throws Exception {
        byte[] whole = CmykJpegFiles.patches(CmykJpegFiles.PATCHES, CmykJpegFiles.Variant.ADOBE_CMYK, 8);
        assertTrue(check(write("cmyk.jpg", whole)).ok());
        Result r = check(write("cmyk-cut.jpg", BrokenImageFiles.cut(whole, 0.4)));
        assertEquals(Problem.TRUNCATED, r.problem(), r.describe());
    }

    @Test
    void lyingPngHeadersAreTooLargeWithoutDecoding() throws Exception {
        byte[] png = BrokenImageFiles.photo("png", 20, 20);
        Result huge = check(write("huge.png", BrokenImageFiles.pngClaiming(png, 100_000, 100_000)));
        assertEquals(Problem.TOO_LARGE, huge.problem(), huge.describe());
        assertEquals(100_000, huge.width());
        Result wide = check(write("wide.png", BrokenImageFiles.pngClaiming(png, Integer.MAX_VALUE, 1)));
        assertTrue(wide.problem() == Problem.TOO_LARGE || wide.problem() == Problem.DAMAGED, wide.describe());
    }

    @Test
    void aFolderADeviceAndAMissingFileAreToldApart() throws Exception {
        assertEquals(Problem.FOLDER, check(dir).problem());
        assertEquals(Problem.NOT_REGULAR, check(Path.of("/dev/zero")).problem());
        assertEquals(Problem.NOT_FOUND, check(dir.resolve("nothing.jpg")).problem());
    }

    @Test
    void aPipeIsNeverOpened() throws Exception {
        Path fifo = dir.resolve("pipe.jpg");
        Process p = new ProcessBuilder("mkfifo", fifo.toString()).start();
        assertEquals(0, p.waitFor());
        // opening a pipe with no writer blocks forever; the check must look at the file type first
        assertEquals(Problem.NOT_REGULAR, check(fifo).problem());
    }

    @Test
    void notAnImage() throws Exception {
        assertEquals(Problem.NOT_IMAGE, check(write("story.jpg", "滨江日报".getBytes(java.nio.charset.StandardCharsets.UTF_8))).problem());
    }
}
