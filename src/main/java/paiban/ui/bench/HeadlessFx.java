package paiban.ui.bench;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import javafx.application.Platform;

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
