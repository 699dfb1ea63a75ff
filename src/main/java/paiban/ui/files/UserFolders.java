package paiban.ui.files;

import java.nio.file.Path;

/**
 * Where the editor keeps its own small files: the recent list, the
 * interface language chosen and the recovery copy of an edition never saved. {@code ~/.paiban}, or the folder
 * named by {@code -Dpaiban.settings=DIR} (tests point it at a temporary folder).
 */
public final class UserFolders {
    private UserFolders() {}

    public static Path settings() {
        String dir = System.getProperty("paiban.settings");
        if (dir != null && !dir.isBlank()) return Path.of(dir);
        return Path.of(System.getProperty("user.home"), ".paiban");
    }

    public static Path recentList(Path settings) { return settings.resolve("recent.txt"); }

    /** The editor's own choices (the interface language). */
    public static Path preferences(Path settings) { return settings.resolve("settings.properties"); }

    /** Stands in for the file of an untitled edition, so its autosave copy has a place. */
    public static Path untitled(Path settings) { return settings.resolve("untitled.json"); }
}
