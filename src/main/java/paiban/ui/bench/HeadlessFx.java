package paiban.ui.bench;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;
import javafx.stage.Stage;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.render.fx.FxPainter;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.MainWindow;

/**
 * Starts JavaFX without a display for the editor's benchmarks: Monocle's headless screen
 * (1280×800) and the software pipeline, as the UI tests run, unless the JVM was started with
 * its own {@code glass.platform}. The toolkit is started once per process.
 */
final class HeadlessFx {
    private static boolean started;

    private HeadlessFx() {}

    static synchronized void start() throws InterruptedException {
        if (started) return;
        if (System.getProperty("glass.platform") == null) {
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("java.awt.headless", "true");
        }
        CompletableFuture<Void> up = new CompletableFuture<>();
        try {
            Platform.startup(() -> up.complete(null));
        } catch (IllegalStateException alreadyRunning) {
            up.complete(null);
        }
        Platform.setImplicitExit(false);
        try {
            up.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("JavaFX did not start", e);
        }
        started = true;
    }

    /** The editor's main window on the sample edition, shown within Monocle's 1280×800 screen. */
    record SampleWindow(MainWindow window, Stage stage) {
        void close() throws Exception {
            call(() -> {
                stage.close();
                return null;
            });
        }
    }

    /** Opens the sample edition in a main window (started as the editor starts it, the story editor included). */
    static SampleWindow openSample() throws Exception {
        start();
        Path sample = EditionLoader.sample();
        SampleWindow opened = call(() -> {
            try {
                EditionDocument doc = new EditionDocument(new EditionComposer(FontLibrary.shared()),
                        EditionLoader.read(sample), sample);
                MainWindow w = new MainWindow(doc);
                Stage stage = new Stage();
                w.show(stage);
                // within Monocle's 1280×800 screen, whose painter cannot take a larger window
                stage.setX(0);
                stage.setY(0);
                stage.setWidth(1280);
                stage.setHeight(790);
                return new SampleWindow(w, stage);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        FxPainter.imagesLoaded().get(1, TimeUnit.MINUTES);
        StepToPaint.settle();
        return opened;
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    static <T> T call(Supplier<T> work) throws Exception {
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.get(2, TimeUnit.MINUTES);
    }
}
