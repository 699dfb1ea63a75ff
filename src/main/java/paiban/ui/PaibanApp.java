package paiban.ui;

import java.nio.file.Path;
import java.util.List;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * The editor application: opens the edition named on the command line, or
 * the shipped sample, in the main window. A file that cannot be read opens
 * an empty window and a dialog saying why, never a stack trace.
 */
public class PaibanApp extends Application {
    private static final System.Logger LOG = paiban.log.Log.of(PaibanApp.class);

    public static void main(String[] args) {
        StartupClock.mark("main");
        paiban.log.Log.toFile(paiban.ui.files.UserFolders.logs());
        // a crash leaves its trace in the log for the designer to send, and on stderr as before
        Thread.setDefaultUncaughtExceptionHandler((thread, e) -> {
            LOG.log(System.Logger.Level.ERROR, "uncaught in " + thread.getName(), e);
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace();
        });
        // JavaFX's own words (确定, 取消 in dialogs) follow the default locale
        java.util.Locale.setDefault(Messages.locale());
        // the file is read and composed while JavaFX starts and the window is built; the fonts' parses for
        // PDF embedding wait until the window is usable (MainWindow releases them)
        paiban.font.FontLibrary.shared().holdEmbeddingParses();
        // page 1's photo (decoding and soft proof, 0.4-0.6 s of CPU) waits until the window is usable too
        paiban.render.fx.PhotoDecoding.hold();
        EarlyOpen.start(args.length == 0 ? EditionLoader.sample() : Path.of(args[0]));
        launch(PaibanApp.class, args);
    }

    @Override
    public void start(Stage stage) {
        StartupClock.mark("JavaFX started");
        LogFolder.useOpener(folder -> getHostServices().showDocument(folder.toUri().toString()));
        List<String> args = getParameters() == null ? List.of() : getParameters().getRaw();
        Path file = args.isEmpty() ? EditionLoader.sample() : Path.of(args.get(0));
        MainWindow window = openWindow(stage, file);
        // only the real application autosaves: test windows must not leave copies beside the sample
        if (window.document().file() != null && !file.equals(EditionLoader.sample())) window.files().recent().add(file);
        window.files().startAutosave(paiban.ui.files.DocumentFiles.AUTOSAVE_INTERVAL, Platform::runLater);
        Platform.runLater(window.files()::offerRecovery);
    }

    /** Opens {@code file} in a new main window on {@code stage}. */
    public static MainWindow openWindow(Stage stage, Path file) {
        EarlyOpen.Opened o = EarlyOpen.take(file);
        EditionDocument document = new EditionDocument(o.composer(), o.edition(), o.file(), o.layout());
        MainWindow window = new MainWindow(document, true); // the story editor follows once the window is usable
        StartupClock.mark("window built");
        window.show(stage);
        StartupClock.mark("window shown");
        if (o.error() != null) Platform.runLater(() -> window.showError(o.error()));
        return window;
    }
}
