package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code paiban export} runs preflight first: findings on stderr, nothing written on an error unless --force. */
class ExportPreflightTest {
    static final Path SAMPLE = Path.of("assets/sample/edition.json");

    @TempDir Path dir;

    /** The sample edition without its photo beside it: a missing image, an ERROR. */
    Path editionWithMissingPhoto() throws Exception {
        Path copy = dir.resolve("edition.json");
        Files.copy(SAMPLE, copy);
        return copy;
    }

    static List<Path> files(Path folder) throws Exception {
        if (!Files.isDirectory(folder)) return List.of();
        try (Stream<Path> s = Files.list(folder)) {
            return s.toList();
        }
    }

    @Test void anErrorFindingStopsTheExportWithExit1AndNothingWritten() throws Exception {
        Path out = dir.resolve("pdf");
        CommandRun r = CommandRun.of("export", editionWithMissingPhoto().toString(), "--lang", "en", "-o", out.toString());
        assertEquals(Cli.FINDINGS, r.exit(), r.err());
        assertTrue(r.err().contains("ERROR missing-image: "), r.err());
        assertTrue(r.err().contains("binjiang-dawn.jpg"), "names the image: " + r.err());
        assertTrue(r.err().contains("nothing written") && r.err().contains("--force"), r.err());
        assertEquals("", r.out(), "no file listed");
        assertEquals(List.of(), files(out), "no PDF written");
    }

    @Test void findingsAreInTheDesksLanguageByDefault() throws Exception {
        CommandRun r = CommandRun.of("export", editionWithMissingPhoto().toString(), "-o", dir.resolve("pdf").toString());
        assertEquals(Cli.FINDINGS, r.exit());
        assertTrue(r.err().lines().anyMatch(l -> l.startsWith("ERROR missing-image: 第一版")), r.err());
    }

    /** A missing or a damaged photo is said once, by preflight, with its page and file, not again by the PDF writer. */
    @Test void aMissingOrDamagedPhotoIsSaidOnce() throws Exception {
        CommandRun missing = CommandRun.of("export", editionWithMissingPhoto().toString(), "--force", "-o",
                dir.resolve("a").toString());
        assertEquals(Cli.OK, missing.exit(), missing.err());
        assertEquals(1, missing.err().lines().filter(l -> l.contains("binjiang-dawn.jpg") || l.contains("p1-lead-photo")).count(),
                missing.err());
        assertTrue(missing.err().lines().anyMatch(l -> l.startsWith("ERROR missing-image: 第一版")), missing.err());

        byte[] photo = Files.readAllBytes(SAMPLE.resolveSibling("binjiang-dawn.jpg"));
        Files.write(dir.resolve("binjiang-dawn.jpg"), java.util.Arrays.copyOf(photo, 300));
        CommandRun damaged = CommandRun.of("export", dir.resolve("edition.json").toString(), "--force", "-o",
                dir.resolve("b").toString());
        assertEquals(Cli.OK, damaged.exit(), damaged.err());
        assertEquals(1, damaged.err().lines().filter(l -> l.contains("binjiang-dawn.jpg") || l.contains("p1-lead-photo")).count(),
                damaged.err());
        assertTrue(damaged.err().lines().anyMatch(l -> l.startsWith("ERROR unreadable-image: 第一版")), damaged.err());
    }

    @Test void forceWritesAnywayAndStillSaysWhatIsWrong() throws Exception {
        Path out = dir.resolve("pdf");
        CommandRun r = CommandRun.of("export", editionWithMissingPhoto().toString(), "--force", "-o", out.toString());
        assertEquals(Cli.OK, r.exit(), r.err());
        assertTrue(r.err().contains("ERROR missing-image: "), r.err());
        assertEquals(3, r.out().strip().lines().count(), r.out());
        assertEquals(3, files(out).size());
    }

    @Test void theSampleEditionExportsWithoutAnErrorFinding() throws Exception {
        Path out = dir.resolve("sample");
        CommandRun r = CommandRun.of("export", SAMPLE.toString(), "-o", out.toString());
        assertEquals(Cli.OK, r.exit(), r.err());
        assertFalse(r.err().contains("ERROR"), r.err());
        assertFalse(r.err().contains("ink-limit"), "its RGB photo prints within the limit: " + r.err());
        assertEquals(3, files(out).size());
    }
}
