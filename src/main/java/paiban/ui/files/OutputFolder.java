package paiban.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;

import javafx.beans.property.ObjectProperty;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;

/** The folder field of the export and publish dialogs: typed text to a path, and the 选择… chooser. */
public final class OutputFolder {
    private static final System.Logger LOG = paiban.log.Log.of(OutputFolder.class);

    private OutputFolder() {}

    /** The typed folder, or null when it is blank or no path at all. */
    public static Path parse(String text) {
        if (text.isBlank()) return null;
        try {
            return Path.of(text.strip());
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "not a folder name: " + text, e);
            return null;
        }
    }

    /** Lets the user pick a folder, starting at the nearest existing one of {@code folder}, and sets it. */
    public static void choose(Window owner, String title, ObjectProperty<Path> folder) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        Path current = folder.get();
        while (current != null && !Files.isDirectory(current)) current = current.getParent();
        if (current != null) chooser.setInitialDirectory(current.toFile());
        File chosen = chooser.showDialog(owner);
        if (chosen != null) folder.set(chosen.toPath());
    }
}
