package paiban.ui.files;

import java.nio.file.Path;

/**
 * Where the editor keeps its own small files: the recent list, the
 * interface language chosen and the recovery copy of an edition never saved, in the folder
 * {@link paiban.settings.SettingsFolder} names.
 */
public final class UserFolders {
    private UserFolders() {}

    public static Path settings() {
        return paiban.settings.SettingsFolder.path();
    }

    /** The folder the log rotates in (帮助 → 打开日志文件夹 opens it). */
    public static Path logs() { return paiban.settings.SettingsFolder.logs(settings()); }

    public static Path recentList(Path settings) { return settings.resolve("recent.txt"); }

    /** The editor's own choices (the interface language). */
    public static Path preferences(Path settings) { return settings.resolve("settings.properties"); }

    /** Stands in for the file of an untitled edition, so its autosave copy has a place. */
    public static Path untitled(Path settings) { return settings.resolve("untitled.json"); }
}
