package paiban.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.Edition;

class AutosaveTest {
    private static final Edition SAMPLE = SampleEditionBuilder.build();

    @TempDir
    Path dir;

    @Test
    void writesOnlyWhenTheEditionChanged() throws Exception {
        Path file = dir.resolve("e.json");
        Autosave a = new Autosave(file);
        assertEquals(dir.resolve("e.json.autosave"), a.autosaveFile());
        assertTrue(a.saveIfChanged(SAMPLE));
        assertEquals(SAMPLE, EditionFile.read(a.autosaveFile()));
        assertFalse(a.saveIfChanged(SAMPLE), "same edition, nothing to write");
        Edition edited = SAMPLE.withSettings(SAMPLE.settings().withPageNaming(paiban.model.PageNaming.LABEL));
        assertTrue(a.saveIfChanged(edited));
        assertEquals(edited, EditionFile.read(a.autosaveFile()));
        assertFalse(Files.exists(dir.resolve("e.json.autosave.bak")), "autosave keeps no backup");
    }

    @Test
    void regularSaveRemovesTheCopy() throws Exception {
        Path file = dir.resolve("e.json");
        Autosave a = new Autosave(file);
        a.saveIfChanged(SAMPLE);
        EditionFile.write(SAMPLE, file);
        a.saved(SAMPLE);
        assertFalse(Files.exists(a.autosaveFile()));
        assertFalse(a.saveIfChanged(SAMPLE), "just saved");
    }

    @Test
    void newerCopyIsOfferedForRecovery() throws Exception {
        Path file = dir.resolve("e.json");
        assertEquals(Optional.empty(), Autosave.recoverable(file));
        EditionFile.write(SAMPLE, file);
        Autosave a = new Autosave(file);
        a.saveIfChanged(SAMPLE);
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_000_000L));
        Files.setLastModifiedTime(a.autosaveFile(), FileTime.fromMillis(1_000_000_060_000L));
        assertEquals(Optional.of(a.autosaveFile()), Autosave.recoverable(file));
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000_120_000L));
        assertEquals(Optional.empty(), Autosave.recoverable(file), "the file was saved after the copy");
        a.discard();
        assertFalse(Files.exists(a.autosaveFile()));
    }

    @Test
    void timerSavesInTheBackground() throws Exception {
        Path file = dir.resolve("e.json");
        CountDownLatch asked = new CountDownLatch(2);
        try (Autosave a = new Autosave(file)) {
            a.start(() -> {
                asked.countDown();
                return SAMPLE;
            }, Duration.ofMillis(10), e -> { });
            assertTrue(asked.await(30, TimeUnit.SECONDS));
        }
        assertEquals(SAMPLE, EditionFile.read(Autosave.autosaveOf(file)));
    }

    @Test
    void failedAutosaveIsReportedAndDoesNotStopTheTimer() throws Exception {
        Path file = dir.resolve("missing-folder/e.json");
        CountDownLatch failures = new CountDownLatch(2);
        AtomicReference<IOException> seen = new AtomicReference<>();
        try (Autosave a = new Autosave(file)) {
            a.start(() -> SAMPLE.withSettings(SAMPLE.settings()), Duration.ofMillis(10), e -> {
                seen.set(e);
                failures.countDown();
            });
            assertTrue(failures.await(30, TimeUnit.SECONDS));
        }
        assertTrue(seen.get().getMessage().endsWith("the folder does not exist"), seen.get().getMessage());
    }
}
