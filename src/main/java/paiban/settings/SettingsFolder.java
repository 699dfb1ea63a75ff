package paiban.settings;

import java.nio.file.Path;

/**
 * The one place that says where Paiban keeps its own small files (the recent list, the interface language, the
 * recovery copy of an untitled edition, the Word style mapping, the log): the folder named by
 * {@code -Dpaiban.settings=DIR} (tests point it at a temporary folder), else {@code $PAIBAN_HOME}, else
 * {@code ~/.paiban}.
 */
public final class SettingsFolder {
    private SettingsFolder() {}

    public static Path path() {
        String dir = System.getProperty("paiban.settings");
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        String home = System.getenv("PAIBAN_HOME");
        if (home != null && !home.isBlank()) return Path.of(home);
        return Path.of(System.getProperty("user.home"), ".paiban");
    }

    /** The folder the log files rotate in. */
    public static Path logs(Path settings) { return settings.resolve("logs"); }
}
