package paiban.ui;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.DocumentException;
import paiban.layout.EditionLayout;
import paiban.model.Edition;

/**
 * The edition the editor opens at start, read and composed on a thread of its own while JavaFX starts
 * and the window is built: on two cores the file, the fonts and the first composition are ready about
 * when the window wants them, instead of after it.
 */
final class EarlyOpen {
    /** What opening {@code file} gave: the edition and its layout, or the message saying why it could not be read. */
    record Opened(Path requested, Path file, EditionComposer composer, Edition edition, EditionLayout layout, String error) {}

    private static volatile CompletableFuture<Opened> started;

    private EarlyOpen() {}

    /** Starts reading and composing {@code file}; {@link #take} collects it. */
    static void start(Path file) {
        CompletableFuture<Opened> f = new CompletableFuture<>();
        Thread t = new Thread(() -> {
            try {
                f.complete(open(file));
            } catch (RuntimeException | Error e) {
                f.completeExceptionally(e);
            }
        }, "paiban-open");
        t.setDaemon(true);
        started = f;
        t.start();
    }

    /** Reads and composes {@code file} on this thread; a file that cannot be read gives the empty edition and why. */
    static Opened open(Path file) {
        EditionComposer composer = new EditionComposer(FontLibrary.shared());
        Edition edition;
        String error = null;
        Path opened = file;
        try {
            edition = EditionLoader.read(file);
            StartupClock.mark("edition read");
        } catch (DocumentException e) {
            edition = EditionDocument.emptyEdition();
            error = e.getMessage();
            opened = null;
        }
        EditionLayout layout = composer.layout(edition, opened == null ? null : opened.toAbsolutePath().getParent());
        StartupClock.mark("edition composed");
        return new Opened(file, opened, composer, edition, layout, error);
    }

    /** The early opening of {@code file} once done (waiting for it), or a fresh one when none was started for it. */
    static Opened take(Path file) {
        CompletableFuture<Opened> f = started;
        started = null;
        if (f != null) {
            UiWarmUp.whileWaiting(() -> !f.isDone());
            try {
                Opened o = f.join();
                if (file.equals(o.requested())) return o;
            } catch (RuntimeException e) {
                // a bug while opening early: open again on this thread, where it is reported as before
                paiban.log.Log.of(EarlyOpen.class).log(System.Logger.Level.WARNING, "opening at start failed", e);
            }
        }
        return open(file);
    }
}
