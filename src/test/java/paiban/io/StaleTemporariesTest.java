package paiban.io;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 13, point 7: a save killed between writing and renaming leaves a .tmp; the next save or open removes it. */
class StaleTemporariesTest {
    @TempDir Path dir;

    private Path leftover(String name, boolean old) throws Exception {
        Path p = Files.write(dir.resolve(name), new byte[64 * 1024]);
        if (old) Files.setLastModifiedTime(p, FileTime.from(Instant.now().minus(AtomicFile.STALE).minusSeconds(60)));
        return p;
    }

    @Test
    void theNextSaveRemovesWhatAKilledSaveLeft() throws Exception {
        Path file = dir.resolve("edition.json");
        Files.copy(SampleEditionBuilder.FILE, file);
        Path stale = leftover(".edition.json.3k9x1q7ab2.tmp", true);
        Path staleBackup = leftover(".edition.json.bak.1a2b3c.tmp", true);
        Path running = leftover(".edition.json.zz01.tmp", false); // another window saving right now
        Path other = leftover(".other.json.3k9x1q7ab2.tmp", true);
        Path notOurs = leftover(".edition.json.notes.tmp.txt", true);
        EditionFile.write(EditionFile.read(file), file);
        assertFalse(Files.exists(stale));
        assertFalse(Files.exists(staleBackup));
        assertTrue(Files.exists(running), "a fresh temporary may belong to a save still running");
        assertTrue(Files.exists(other));
        assertTrue(Files.exists(notOurs));
    }

    @Test
    void openingRemovesThemToo() throws Exception {
        Path file = dir.resolve("edition.json");
        Files.copy(SampleEditionBuilder.FILE, file);
        Path stale = leftover(".edition.json.0abc.tmp", true);
        EditionFile.read(file);
        assertFalse(Files.exists(stale));
    }

    @Test
    void namesAreMatchedExactly() {
        assertTrue(AtomicFile.isTemporaryOf(".a.json.k2.tmp", "a.json"));
        assertFalse(AtomicFile.isTemporaryOf(".a.json.K2.tmp", "a.json"));
        assertFalse(AtomicFile.isTemporaryOf(".a.json..tmp", "a.json"));
        assertFalse(AtomicFile.isTemporaryOf(".a.json.x.y.tmp", "a.json"));
        assertFalse(AtomicFile.isTemporaryOf("a.json.k2.tmp", "a.json"));
    }
}
