package paiban.log;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log file: made on demand, INFO and above by default, DEBUG only when asked, with the stack trace. */
class LogTest {
    @TempDir Path dir;

    @AfterEach
    void stop() {
        Log.stop();
        Log.debug(false);
    }

    static String logText(Path folder) throws IOException {
        return Files.readString(folder.resolve("paiban0.log"), StandardCharsets.UTF_8);
    }

    @Test
    void recordsGoToARotatingFileInAFolderMadeOnDemand() throws IOException {
        Path folder = dir.resolve("settings").resolve("logs");
        assertTrue(Log.toFile(folder));
        System.Logger log = Log.of(LogTest.class);
        log.log(System.Logger.Level.WARNING, "送印失败", new IOException("disk full"));
        log.log(System.Logger.Level.DEBUG, "a detail nobody asked for");
        Log.stop();
        String text = logText(folder);
        assertTrue(text.contains("WARNING") && text.contains("paiban.log.LogTest") && text.contains("送印失败"), text);
        assertTrue(text.contains("java.io.IOException: disk full") && text.contains("at paiban.log.LogTest"), text);
        assertFalse(text.contains("a detail nobody asked for"), text);
    }

    @Test
    void debugKeepsTheDetails() throws IOException {
        assertTrue(Log.toFile(dir));
        Log.debug(true);
        Log.of(LogTest.class).log(System.Logger.Level.DEBUG, "cmyk probe skipped");
        Log.stop();
        assertTrue(logText(dir).contains("cmyk probe skipped"));
    }

    @Test
    void aFolderThatCannotBeMadeCostsOnlyTheLog() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        assertFalse(Log.toFile(file.resolve("logs")));
        Log.of(LogTest.class).log(System.Logger.Level.ERROR, "goes nowhere, breaks nothing");
    }

    @Test
    void recordsOfOtherLibrariesStayOut() throws IOException {
        assertTrue(Log.toFile(dir));
        System.getLogger("org.example.Other").log(System.Logger.Level.WARNING, "not ours");
        Log.of(LogTest.class).log(System.Logger.Level.INFO, "ours");
        Log.stop();
        String text = logText(dir);
        assertTrue(text.contains("ours"));
        assertFalse(text.contains("not ours"));
        assertEquals(1, text.lines().count(), text);
    }
}
