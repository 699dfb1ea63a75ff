package paiban.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.DocumentException;
import paiban.model.Edition;

/**
 * The editor application: opens the edition named on the command line, or
 * the shipped sample, in the main window. A file that cannot be read opens
 * an empty window and a dialog saying why, never a stack trace.
 */
public class PaibanApp extends Application {
    public static void main(String[] args) {
        // JavaFX's own words (确定, 取消 in dialogs) follow the default locale
        java.util.Locale.setDefault(Messages.locale());
        launch(PaibanApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        Path file = args.isEmpty() ? EditionLoader.sample() : Path.of(args.get(0));
        openWindow(stage, file);
    }

    /** Opens {@code file} in a new main window on {@code stage}. */
    public static MainWindow openWindow(Stage stage, Path file) {
        EditionComposer composer = new EditionComposer(FontLibrary.shared());
        Edition edition;
        String error = null;
        Path opened = file;
        try {
            edition = EditionLoader.read(file);
        } catch (DocumentException e) {
            edition = EditionDocument.emptyEdition();
            error = e.getMessage();
            opened = null;
        }
        EditionDocument document = new EditionDocument(composer, edition, opened);
        MainWindow window = new MainWindow(document);
        window.show(stage);
        if (opened != null) {
            Recovery.offer(stage, document, opened);
            window.startAutosave(java.time.Duration.ofMinutes(1));
        }
        if (error != null) {
            String message = error;
            Platform.runLater(() -> window.showError(message));
        }
        return window;
    }
}
