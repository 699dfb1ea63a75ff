package paiban.ui.files;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * The questions file handling asks the user. The window answers them with
 * dialogs ({@link FxFileDialogs}); tests answer them in code.
 */
public interface FileDialogs {
    /** The answer to 「保存对 … 的修改吗？」. */
    enum Unsaved { SAVE, DISCARD, CANCEL }

    Unsaved askUnsaved(String editionName);

    /** @param folder where to start, null for the default */
    Optional<Path> chooseOpen(Path folder);

    Optional<Path> chooseSave(Path folder, String suggestedName);

    Optional<NewEditionSpec> askNewEdition();

    /** Whether to open the autosaved copy, saved at {@code copyTime}, instead of {@code file} (null: an untitled edition). */
    boolean offerRecovery(Path file, Instant copyTime);

    /** Says what went wrong; nothing was changed. */
    void showError(String header, String message);
}
