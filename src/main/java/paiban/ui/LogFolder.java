package paiban.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import paiban.ui.files.UserFolders;

/** 帮助 → 打开日志文件夹: shows the folder of the log in the system's file manager, so a designer can send it. */
public final class LogFolder {
    private static final System.Logger LOG = paiban.log.Log.of(LogFolder.class);
    private static volatile Consumer<Path> opener = LogFolder::openWithDesktop;

    private LogFolder() {}

    /** How the folder is shown: the application's host services; tests watch what would be opened. */
    public static void useOpener(Consumer<Path> open) { opener = open; }

    /** Creates the folder when no log was written yet, then shows it; the folder opened. */
    public static Path open() {
        Path folder = UserFolders.logs();
        try {
            Files.createDirectories(folder);
        } catch (IOException e) {
            LOG.log(System.Logger.Level.WARNING, "the log folder could not be created: " + folder, e);
        }
        opener.accept(folder);
        return folder;
    }

    private static void openWithDesktop(Path folder) {
        try {
            if (java.awt.Desktop.isDesktopSupported()) java.awt.Desktop.getDesktop().open(folder.toFile());
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the log folder could not be shown: " + folder, e);
        }
    }
}
