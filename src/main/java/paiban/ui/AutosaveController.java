package paiban.ui;

import java.io.IOException;
import java.time.Duration;
import java.util.function.Consumer;

import javafx.application.Platform;
import paiban.io.Autosave;
import paiban.model.Edition;

/**
 * Keeps an autosaved copy of the open edition beside its file
 * (NAME.json.autosave) while it has unsaved changes, so a crash loses at
 * most a minute; a save or a deliberate discard removes the copy.
 */
final class AutosaveController implements AutoCloseable {
    private final EditionDocument document;
    private final Duration interval;
    private final Consumer<String> failed;
    /** The edition to copy, read by the autosave thread; null while there is nothing unsaved. */
    private volatile Edition unsaved;
    private Autosave autosave;

    AutosaveController(EditionDocument document, Duration interval, Consumer<String> failed) {
        this.document = document;
        this.interval = interval;
        this.failed = failed;
        document.layoutProperty().addListener(o -> track());
        document.dirtyProperty().addListener(o -> track()); // set after the layout
        document.fileProperty().addListener(o -> restart());
        track();
        restart();
    }

    private void track() {
        unsaved = document.isDirty() ? document.edition() : null;
    }

    private void restart() {
        close();
        if (document.file() == null) return;
        autosave = new Autosave(document.file());
        autosave.start(() -> unsaved, interval,
                e -> Platform.runLater(() -> failed.accept(e.getMessage() == null ? e.toString() : e.getMessage())));
    }

    /** After a save: the copy is no longer needed. */
    void saved() {
        if (autosave == null) return;
        try {
            autosave.saved(document.edition());
        } catch (IOException e) {
            failed.accept(e.getMessage());
        }
    }

    /** The user closes without saving on purpose: the copy goes too. */
    void discard() {
        if (autosave == null) return;
        try {
            autosave.discard();
        } catch (IOException e) {
            failed.accept(e.getMessage());
        }
    }

    @Override
    public void close() {
        if (autosave != null) autosave.close();
        autosave = null;
    }
}
