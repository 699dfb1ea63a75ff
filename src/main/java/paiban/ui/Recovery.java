package paiban.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import paiban.io.Autosave;
import paiban.io.DocumentException;
import paiban.io.EditionFile;
import paiban.model.Edition;

/** After a crash: the autosaved copy newer than the file is offered back. */
final class Recovery {
    private Recovery() {}

    /** Asks whether to recover; a recovered edition opens with unsaved changes, ready to be saved. */
    static void offer(Window owner, EditionDocument document, Path file) {
        Optional<Path> copy;
        try {
            copy = Autosave.recoverable(file);
        } catch (IOException e) {
            return;
        }
        if (copy.isEmpty()) return;
        ButtonType recover = new ButtonType(Messages.get("recover.yes"), ButtonBar.ButtonData.YES);
        ButtonType ignore = new ButtonType(Messages.get("recover.no"), ButtonBar.ButtonData.NO);
        Alert a = new Alert(Alert.AlertType.CONFIRMATION, Messages.get("recover.text", copy.get().getFileName()), recover, ignore);
        a.initOwner(owner);
        a.setTitle(Messages.get("app.name"));
        a.setHeaderText(Messages.get("recover.header"));
        a.getDialogPane().setStyle(UiFonts.rootStyle());
        if (a.showAndWait().orElse(ignore) != recover) {
            try {
                Files.deleteIfExists(copy.get());
            } catch (IOException e) {
                // an undeletable copy is offered again next time; nothing is lost
            }
            return;
        }
        try {
            Edition recovered = EditionFile.read(copy.get());
            document.setEdition(recovered);
        } catch (DocumentException e) {
            ErrorDialog.show(owner, Messages.get("error.open.title"), Messages.get("recover.failed"), e.getMessage());
        }
    }
}
