package paiban.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.io.imports.StyleMapping;
import paiban.ui.files.UserFolders;

/** Every small file of Paiban's own (recent list, language, Word styles, log) lives in the one settings folder. */
class SettingsFolderTest {
    @TempDir Path dir;
    private final String old = System.getProperty("paiban.settings");

    @AfterEach
    void restore() {
        if (old == null) System.clearProperty("paiban.settings");
        else System.setProperty("paiban.settings", old);
    }

    @Test
    void thePropertyMovesTheFolderForEveryone() {
        System.setProperty("paiban.settings", dir.toString());
        assertEquals(dir, SettingsFolder.path());
        assertEquals(dir, UserFolders.settings());
        assertEquals(dir.resolve("logs"), UserFolders.logs());
        assertEquals(dir.resolve("logs"), SettingsFolder.logs(SettingsFolder.path()));
        assertEquals(dir.resolve("recent.txt"), UserFolders.recentList(UserFolders.settings()));
        assertEquals(dir.resolve("word-styles.json"), StyleMapping.userFile());
    }

    @Test
    void withoutItTheHomeFolderHoldsIt() {
        System.clearProperty("paiban.settings");
        String env = System.getenv("PAIBAN_HOME");
        Path expected = env != null && !env.isBlank() ? Path.of(env) : Path.of(System.getProperty("user.home"), ".paiban");
        assertEquals(expected, SettingsFolder.path());
        assertEquals(expected.resolve("logs"), UserFolders.logs());
    }
}
