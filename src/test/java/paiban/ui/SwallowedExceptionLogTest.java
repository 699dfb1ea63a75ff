package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.log.Log;
import paiban.ui.files.UserFolders;

/** An exception the editor shrugs off (a damaged settings file) still leaves its trace in the log. */
class SwallowedExceptionLogTest {
    @TempDir Path dir;

    @AfterEach
    void stop() { Log.stop(); }

    @Test
    void aDamagedSettingsFileIsLoggedAndStillIgnored() throws Exception {
        Path logs = dir.resolve("logs");
        assertTrue(Log.toFile(logs));
        Files.writeString(UserFolders.preferences(dir), "language=\\uZZZZ\n", StandardCharsets.UTF_8);
        assertTrue(InterfaceLanguage.saved(dir).isEmpty(), "the damaged choice counts as none, as before");
        Log.stop();
        String text = Files.readString(logs.resolve("paiban0.log"), StandardCharsets.UTF_8);
        assertTrue(text.contains("WARNING") && text.contains("paiban.ui.InterfaceLanguage"), text);
        assertTrue(text.contains("IllegalArgumentException") && text.contains("Malformed"), text);
    }
}
