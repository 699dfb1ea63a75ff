package paiban.ui;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The editor's worker threads, never keeping the program alive: {@link #EXECUTOR} for long work the
 * designer started (export, publish), {@link #DOCUMENT} for what follows the document by itself
 * (preflight, thumbnails), so an export never holds up the preflight light.
 */
public final class BackgroundWork {
    private static final System.Logger LOG = paiban.log.Log.of(BackgroundWork.class);
    public static final Executor EXECUTOR = daemon("paiban-background");
    public static final Executor DOCUMENT = daemon("paiban-document-work");

    private BackgroundWork() {}

    private static Executor daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /**
     * One kind of work that follows a document (a preflight run, say), done off the FX thread: each run
     * computes from what the caller captured when it started, and its result lands on the FX thread only
     * while it is the newest run started and the document is still at the generation it started from.
     * Anything else is dropped, so a slow result is never shown over a newer one.
     */
    public static final class Latest<T> {
        private final EditionDocument document;
        private final Executor executor;
        private final Consumer<Runnable> fxThread;
        private final AtomicLong started = new AtomicLong();

        /** @param fxThread how to get onto the FX thread ({@code Platform::runLater}) */
        public Latest(EditionDocument document, Executor executor, Consumer<Runnable> fxThread) {
            this.document = document;
            this.executor = executor;
            this.fxThread = fxThread;
        }

        /**
         * Runs {@code work} on the executor and hands its result to {@code land} on the FX thread unless a newer
         * run was started or the document changed meanwhile. Call it on the FX thread.
         * @return completes with true when the result landed, false when it was dropped
         */
        public CompletableFuture<Boolean> run(Supplier<T> work, Consumer<T> land) {
            long ticket = started.incrementAndGet();
            long generation = document.generation();
            CompletableFuture<Boolean> landed = new CompletableFuture<>();
            executor.execute(() -> {
                if (ticket != started.get()) { // a newer run is queued: this one would be dropped anyway
                    landed.complete(false);
                    return;
                }
                T result;
                try {
                    result = work.get();
                } catch (RuntimeException | Error e) {
                    LOG.log(System.Logger.Level.WARNING, "background work failed", e);
                    landed.completeExceptionally(e);
                    return;
                }
                fxThread.accept(() -> {
                    boolean current = ticket == started.get() && generation == document.generation();
                    if (current) land.accept(result);
                    landed.complete(current);
                });
            });
            return landed;
        }

        /** Drops whatever is running: its result was made stale by work done directly on the FX thread. */
        public void supersede() {
            started.incrementAndGet();
        }
    }
}
