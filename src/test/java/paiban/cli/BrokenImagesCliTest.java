package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.io.EditionFile;
import paiban.render.image.BrokenImageFiles;
import paiban.render.image.CmykJpegFiles;

/**
 * Issue 13, point 4, end to end: the sample edition with its lead photo
 * replaced by a broken file. Preflight reports an ERROR on that frame in the
 * desk's words and goes on; export still writes every page, the photo as a
 * grey box with a warning naming the frame. Nothing hangs (a pipe), nothing
 * names the wrong thing ("not found" for a folder).
 */
class BrokenImagesCliTest {
    @TempDir Path dir;
    private Path edition;

    @BeforeEach
    void copySample() throws Exception {
        edition = dir.resolve("edition.json");
        Files.copy(EditionFile.SAMPLE, edition);
        Files.createDirectory(dir.resolve("folder.jpg"));
        byte[] photo = BrokenImageFiles.photo("jpeg", 600, 450);
        Files.write(dir.resolve("cut.jpg"), BrokenImageFiles.cut(photo, 1 / 3.0));
        Files.write(dir.resolve("cmyk-cut.jpg"),
                BrokenImageFiles.cut(CmykJpegFiles.patches(CmykJpegFiles.PATCHES, CmykJpegFiles.Variant.ADOBE_CMYK, 8), 0.4));
        byte[] png = BrokenImageFiles.photo("png", 20, 20);
        Files.write(dir.resolve("huge.png"), BrokenImageFiles.pngClaiming(png, 100_000, 100_000));
        Files.write(dir.resolve("wide.png"), BrokenImageFiles.pngClaiming(png, Integer.MAX_VALUE, 1));
        assertEquals(0, new ProcessBuilder("mkfifo", dir.resolve("pipe.jpg").toString()).start().waitFor());
    }

    private void usePhoto(String path) throws Exception {
        String text = Files.readString(edition, StandardCharsets.UTF_8);
        Files.writeString(edition, text.replace("\"path\": \"binjiang-dawn.jpg\"", "\"path\": \"" + path + "\""),
                StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "cut.jpg;       is cut off",
            "cmyk-cut.jpg;  is cut off",
            "huge.png;      is 100000×100000 pixels, too large to place (at most 30000 pixels a side and 50 million in all)",
            "wide.png;      image wide.png ",
            "pipe.jpg;      is not a regular file but a pipe or a device",
            "folder.jpg;    is a folder, not an image file",
            "/dev/zero;     is not a regular file but a pipe or a device",
    })
    void aBrokenPhotoIsAnErrorOnItsFrameAndTheEditionStillExports(String photo, String words) throws Exception {
        usePhoto(photo);
        CommandRun pre = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> CommandRun.of("preflight", edition.toString(), "--lang", "en"));
        assertEquals(Cli.FINDINGS, pre.exit(), pre.out() + pre.err());
        String line = pre.out().lines().filter(l -> l.contains("p1-lead-photo")).findFirst().orElse("");
        assertTrue(line.startsWith("ERROR unreadable-image"), pre.out());
        assertTrue(line.contains(words), line);
        assertTrue(line.length() < 300, line);

        // export refuses an edition with errors; with --force the rest of the edition still prints
        Path out = dir.resolve("pdf");
        CommandRun refused = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> CommandRun.of("export", edition.toString(), "-o", out.toString()));
        assertEquals(Cli.FINDINGS, refused.exit(), refused.err());
        assertFalse(Files.exists(out) && Files.list(out).findAny().isPresent(), "nothing written when refused");
        CommandRun export = assertTimeoutPreemptively(Duration.ofSeconds(120),
                () -> CommandRun.of("export", edition.toString(), "--force", "-o", out.toString(), "--lang", "en"));
        assertEquals(Cli.OK, export.exit(), export.err());
        try (var files = Files.list(out)) {
            assertEquals(3, files.filter(f -> f.toString().endsWith(".pdf")).count());
        }
        // said once, by preflight, with its page and frame; the PDF writer does not say it again
        assertEquals(1, export.err().lines().filter(l -> l.contains("p1-lead-photo")).count(), export.err());
    }
}
