package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paiban publish}: the sample edition as a site, its options and its errors. */
class PublishCommandTest {
    static final String SAMPLE = "assets/sample/edition.json";
    @TempDir Path dir;

    @Test void publishesTheSampleAsASite() throws Exception {
        Path out = dir.resolve("site");
        CommandRun r = CommandRun.of("publish", SAMPLE, "-o", out.toString(), "--width", "800", "--thumbnail", "120");
        assertEquals(Cli.OK, r.exit(), r.err());
        assertEquals(out.resolve("index.html").toString(), r.out().strip());
        for (String f : new String[] {"index.html", "style.css", "manifest.json", "pages/01.html", "pages/03.html",
                "articles/lead.html", "alto/02.xml", "images/03-thumb.jpg", "media/lead-1.jpg"})
            assertTrue(Files.isRegularFile(out.resolve(f)), f);
        BufferedImage page = ImageIO.read(out.resolve("images/01.jpg").toFile());
        BufferedImage thumb = ImageIO.read(out.resolve("images/01-thumb.jpg").toFile());
        assertEquals(800, page.getWidth());
        assertEquals(120, thumb.getWidth());
        // what the site will lack is said on stderr, as a note
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("note: ") && l.contains("briefs") && l.contains("要闻简讯")), r.err());
    }

    @Test void helpListsTheCommandAndItsOptions() {
        assertTrue(CommandRun.of("--help").out().contains("publish"));
        CommandRun r = CommandRun.of("publish", "--help");
        assertEquals(Cli.OK, r.exit());
        assertTrue(r.out().contains("--thumbnail PX") && r.out().contains("manifest.json") && r.out().contains("ALTO"), r.out());
    }

    @Test void badInputIsOneClearLine() throws Exception {
        CommandRun noOut = CommandRun.of("publish", SAMPLE);
        assertEquals(Cli.BAD_INPUT, noOut.exit());
        assertEquals("paiban publish: missing -o DIR, the folder to write the site into", noOut.err().strip());
        CommandRun missing = CommandRun.of("publish", dir.resolve("nope.json").toString(), "-o", dir.toString());
        assertEquals(Cli.BAD_INPUT, missing.exit());
        assertTrue(missing.err().contains("nope.json: file not found"), missing.err());
        CommandRun narrow = CommandRun.of("publish", SAMPLE, "-o", dir.toString(), "--width", "20");
        assertEquals(Cli.BAD_INPUT, narrow.exit());
        assertTrue(narrow.err().contains("--width"), narrow.err());
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        CommandRun notDir = CommandRun.of("publish", SAMPLE, "-o", file.toString());
        assertEquals(Cli.BAD_INPUT, notDir.exit());
        assertTrue(notDir.err().contains("is not a folder"), notDir.err());
        assertFalse(Files.exists(dir.resolve("index.html")));
    }
}
