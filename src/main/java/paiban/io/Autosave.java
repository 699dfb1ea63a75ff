package paiban.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

import paiban.model.Edition;

/**
 * Keeps a copy of the edition being edited next to its file, as
 * {@code NAME.json.autosave}, so a crash loses at most one interval of work
 * (SPEC §7). The copy is written the same atomic way as a save and only when
 * the edition changed; a regular save removes it. The edition is immutable,
 * so the copy is taken from whatever edition the supplier returns, without
 * locking the editor.
 */
public final class Autosave implements AutoCloseable {
    private final Path file;
    private final Path copy;
    private Edition lastWritten;
    private ScheduledExecutorService timer;

    /** @param file the edition file the user saves to */
    public Autosave(Path file) {
        this.file = file;
        this.copy = autosaveOf(file);
    }

    public static Path autosaveOf(Path file) {
        return file.resolveSibling(file.getFileName() + ".autosave");
    }

    public Path autosaveFile() { return copy; }

    /**
     * Writes the copy unless this very edition was written last (or was just
     * saved, see {@link #saved}).
     * @return whether it wrote
     */
    public synchronized boolean saveIfChanged(Edition edition) throws IOException {
        if (edition == null || edition == lastWritten) return false;
        EditionFile.writeWithoutBackup(edition, copy);
        lastWritten = edition;
        return true;
    }

    /** After a regular save of {@code edition}: the copy is no longer needed. */
    public synchronized void saved(Edition edition) throws IOException {
        lastWritten = edition;
        Files.deleteIfExists(copy);
    }

    /**
     * Saves every {@code interval} on a background thread, until {@link #close()}.
     * @param failed told about a failed autosave (the UI shows it); autosaving goes on
     */
    public synchronized void start(Supplier<Edition> current, Duration interval, Consumer<IOException> failed) {
        if (timer != null) throw new IllegalStateException("autosave already started");
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autosave " + file.getFileName());
            t.setDaemon(true);
            return t;
        });
        long ms = interval.toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                saveIfChanged(current.get());
            } catch (IOException e) {
                failed.accept(e);
            }
        }, ms, ms, TimeUnit.MILLISECONDS);
    }

    /** Stops the timer; the copy stays until {@link #saved} or {@link #discard}. */
    @Override
    public synchronized void close() {
        if (timer != null) timer.shutdownNow();
        timer = null;
    }

    /** Removes the copy, e.g. when the user closes without saving on purpose. */
    public synchronized void discard() throws IOException {
        Files.deleteIfExists(copy);
        lastWritten = null;
    }

    /**
     * The autosaved copy of {@code file} if it is newer than the file itself:
     * the editor offers to recover it when opening.
     */
    public static Optional<Path> recoverable(Path file) throws IOException {
        Path copy = autosaveOf(file);
        if (!Files.isRegularFile(copy)) return Optional.empty();
        if (!Files.exists(file)) return Optional.of(copy);
        FileTime copyTime = Files.getLastModifiedTime(copy);
        return copyTime.compareTo(Files.getLastModifiedTime(file)) > 0 ? Optional.of(copy) : Optional.empty();
    }
}
