package paiban.ui.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import paiban.io.AtomicFile;

/**
 * The editions opened or saved last, newest first, kept in a small text file
 * (one absolute path a line) so they survive a restart. A list that cannot
 * be read or written is only a convenience lost, never an error shown.
 */
public final class RecentFiles {
    private static final System.Logger LOG = paiban.log.Log.of(RecentFiles.class);
    public static final int MAX = 10;

    private final Path store;
    private final ObservableList<Path> files = FXCollections.observableArrayList();
    private final ObservableList<Path> readOnly = FXCollections.unmodifiableObservableList(files);

    /** @param store the list's file; null keeps the list in memory only */
    public RecentFiles(Path store) {
        this.store = store;
        files.setAll(load(store));
    }

    public ObservableList<Path> files() { return readOnly; }

    /** Puts {@code file} first. */
    public void add(Path file) {
        Path p = file.toAbsolutePath().normalize();
        List<Path> next = new ArrayList<>(files);
        next.remove(p);
        next.add(0, p);
        while (next.size() > MAX) next.remove(next.size() - 1);
        update(next);
    }

    /** Drops a file that has gone (moved or deleted). */
    public void remove(Path file) {
        List<Path> next = new ArrayList<>(files);
        if (next.remove(file.toAbsolutePath().normalize())) update(next);
    }

    public void clear() { update(List.of()); }

    private void update(List<Path> next) {
        if (next.equals(files)) return;
        files.setAll(next);
        if (store == null) return;
        StringBuilder sb = new StringBuilder();
        for (Path p : next) sb.append(p).append('\n');
        try {
            Files.createDirectories(store.toAbsolutePath().getParent());
            AtomicFile.writeWithoutBackup(store, sb.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the recent list could not be saved", e);
            // a read-only home folder costs only the list
        }
    }

    private static List<Path> load(Path store) {
        List<Path> out = new ArrayList<>();
        if (store == null || !Files.isRegularFile(store)) return out;
        try {
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank()) continue;
                try {
                    Path p = Path.of(line.strip());
                    if (p.isAbsolute() && !out.contains(p) && out.size() < MAX) out.add(p);
                } catch (RuntimeException badPath) {
                    LOG.log(System.Logger.Level.DEBUG, "a recent-list line skipped", badPath);
                    // a line from another system; skip it
                }
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "the recent list could not be read", e);
            return new ArrayList<>();
        }
        return out;
    }
}
