package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;
import paiban.io.Autosave;
import paiban.io.EditionFile;

class AutosaveControllerTest {
    @Test
    void unsavedChangesAreCopiedAndASaveRemovesTheCopy(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("edition.json");
        EditionFile.write(TestEditions.twoPages(), file);
        EditionDocument doc = new EditionDocument(TestEditions.COMPOSER, EditionFile.read(file), file);
        Path copy = Autosave.autosaveOf(file);
        try (AutosaveController c = new AutosaveController(doc, Duration.ofMillis(20), m -> { })) {
            doc.setEdition(doc.edition().movePage(1, 0));
            WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.exists(copy));
            assertEquals(doc.edition(), EditionFile.read(copy), "the copy is the edition with the change");
            EditionFile.write(doc.edition(), file);
            doc.saved(doc.edition(), file);
            c.saved();
            assertFalse(Files.exists(copy));
        }
    }
}
