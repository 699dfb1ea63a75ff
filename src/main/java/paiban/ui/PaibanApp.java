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
    private static final System.Logger LOG = paiban.log.Log.of(PaibanApp.class);

    public static void main(String[] args) {
        paiban.log.Log.toFile(paiban.ui.files.UserFolders.logs());
        // a crash leaves its trace in the log for the designer to send, and on stderr as before
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(System.Logger.Level.ERROR, "uncaught in " + thread.getName(), e);
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
        // JavaFX's own words (确定, 取消 in dialogs) follow the default locale
        java.util.Locale.setDefault(Messages.locale());
        launch(PaibanApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        LogFolder.useOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        Path file = args.isEmpty() ? EditionLoader.sample() : Path.of(args.get(0));
        MainWindow window = openWindow(stage, file);
        // only the real application autosaves: test windows must not leave copies beside the sample
        if (window.document().file() != null && !file.equals(EditionLoader.sample())) window.files().recent().add(file);
        window.files().startAutosave(paiban.ui.files.DocumentFiles.AUTOSAVE_INTERVAL, Platform::runLater);
        Platform.runLater(window.files()::offerRecovery);
        if (Boolean.getBoolean("paiban.timing")) Platform.runLater(PaibanApp::reportStartup);
    }

    /** For README's start-up figures: time from JVM start to the first drawn window, and the heap it holds. */
    private static void reportStartup() {
        long uptime = java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime();
        System.gc();
        Runtime rt = Runtime.getRuntime();
        System.err.printf("paiban: window shown after %d ms; heap in use %d MB%n", uptime,
                (rt.totalMemory() - rt.freeMemory()) >> 20);
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
        if (error != null) {
            String message = error;
            Platform.runLater(() -> window.showError(message));
        }
        return window;
    }
}
