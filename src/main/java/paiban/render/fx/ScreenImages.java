package paiban.render.fx;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javafx.scene.image.Image;

/**
 * Photos decoded for the screen on background (daemon) threads, each once
 * per file version, and kept least recently used first out, bounded by
 * count and by pixels. Painting never waits: {@link #get} answers with what
 * is there (or an older decoding of a file that has since changed) and starts
 * the decoding that is missing; {@code whenReady} is called from the worker
 * once it has landed. A decoding of a file that changed while it ran is
 * thrown away, never stored over a newer one.
 */
final class ScreenImages {
    /** Decodings kept at most. */
    static final int KEEP = 48;
    /** Pixels kept at most (about 4 bytes each): some 20 screen-sized photos. */
    static final long KEEP_PIXELS = 80L * 1024 * 1024;

    enum State { READY, PENDING, FAILED }

    /** What the screen can show now: an image when READY (or an older one while PENDING). */
    record Shown(State state, Image image) {}

    private record Stamp(FileTime modified, long size) {
        static Stamp of(Path file) {
            try {
                if (!Files.isReadable(file)) return null;
                return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
            } catch (IOException e) {
                return null;
            }
        }
    }

    private record Entry(Stamp stamp, Image image) {
        long pixels() {
            return image == null ? 0 : (long) image.getWidth() * (long) image.getHeight();
        }
    }

    private static final LinkedHashMap<Path, Entry> DONE = new LinkedHashMap<>(16, 0.75f, true);
    private static long pixels;
    private static final Map<String, CompletableFuture<Void>> RUNNING = new ConcurrentHashMap<>();
    /** Who to call back when a running decoding lands, by job. */
    private static final Map<String, Set<Runnable>> WAITERS = new ConcurrentHashMap<>();
    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(
            Math.max(1, Math.min(2, Runtime.getRuntime().availableProcessors())), r -> {
                Thread t = new Thread(r, "screen-image");
                t.setDaemon(true);
                t.setPriority(Thread.NORM_PRIORITY - 1);
                return t;
            });

    /** Completed unless decoding is held back ({@link #hold}); new decodings start once it completes. */
    private static volatile CompletableFuture<Void> gate = CompletableFuture.completedFuture(null);
    /** The longest a hold lasts when nobody releases it. */
    static final long HOLD_AT_MOST_MS = 10_000;

    private ScreenImages() {}

    /**
     * Decodings asked for from now on wait until {@link #release} (or {@link #HOLD_AT_MOST_MS}): the start
     * keeps the soft proof's colour conversion off the CPU until the window is usable.
     */
    static synchronized void hold() {
        if (!gate.isDone()) return;
        CompletableFuture<Void> held = new CompletableFuture<>();
        gate = held;
        CompletableFuture.delayedExecutor(HOLD_AT_MOST_MS, java.util.concurrent.TimeUnit.MILLISECONDS)
                .execute(() -> held.complete(null));
    }

    /** Lets held and new decodings run. */
    static void release() {
        gate.complete(null);
    }

    /** The photo at {@code file} as it can be shown now; never blocks on decoding. */
    static Shown get(Path file, Runnable whenReady) {
        if (file == null) return new Shown(State.FAILED, null);
        Path key = file.toAbsolutePath();
        Stamp stamp = Stamp.of(key);
        if (stamp == null) return new Shown(State.FAILED, null);
        Entry e;
        synchronized (DONE) {
            e = DONE.get(key);
        }
        if (e != null && e.stamp().equals(stamp)) {
            return e.image() == null ? new Shown(State.FAILED, null) : new Shown(State.READY, e.image());
        }
        String job = key + "|" + stamp;
        // every view that asked while the photo was pending is called back (the page thumbnails and the
        // canvas ask for the same photo; calling back only the first left the canvas without it)
        WAITERS.computeIfAbsent(job, j -> ConcurrentHashMap.newKeySet()).add(whenReady);
        RUNNING.computeIfAbsent(job, j -> gate.thenRunAsync(() -> {
            try {
                decode(key, stamp);
            } finally {
                RUNNING.remove(j);
            }
            Set<Runnable> waiting = WAITERS.remove(j);
            if (waiting != null) waiting.forEach(Runnable::run);
        }, WORKERS));
        // landed between the look into DONE and joining the waiters: nobody calls this one back
        synchronized (DONE) {
            Entry now = DONE.get(key);
            if (now != null && now.stamp().equals(stamp) && !RUNNING.containsKey(job)) {
                Set<Runnable> orphan = WAITERS.get(job);
                if (orphan != null) orphan.remove(whenReady);
                WAITERS.remove(job, Set.of()); // only an emptied set; a landing may still be calling others
                whenReady.run(); // at worst a second repaint
            }
        }
        return new Shown(State.PENDING, e == null ? null : e.image());
    }

    /** Completes when every decoding started so far has landed (tests, before painting again). */
    static CompletableFuture<Void> idle() {
        return CompletableFuture.allOf(RUNNING.values().toArray(CompletableFuture[]::new));
    }

    /** Forgets every decoding, so the next paint reads the files again. */
    static void forget() {
        synchronized (DONE) {
            DONE.clear();
            pixels = 0;
        }
    }

    private static void decode(Path file, Stamp stamp) {
        Optional<Image> img;
        try {
            img = ScreenImage.load(file);
        } catch (RuntimeException | OutOfMemoryError e) {
            img = Optional.empty();
        }
        // the file changed while it was read: keep what is there, the repaint asks for the new version
        if (!stamp.equals(Stamp.of(file))) return;
        store(file, new Entry(stamp, img.orElse(null)));
    }

    private static void store(Path file, Entry entry) {
        synchronized (DONE) {
            Entry old = DONE.put(file, entry);
            if (old != null) pixels -= old.pixels();
            pixels += entry.pixels();
            Iterator<Map.Entry<Path, Entry>> it = DONE.entrySet().iterator();
            while ((DONE.size() > KEEP || pixels > KEEP_PIXELS) && it.hasNext()) {
                Map.Entry<Path, Entry> eldest = it.next();
                if (eldest.getKey().equals(file)) continue; // the one just decoded stays
                pixels -= eldest.getValue().pixels();
                it.remove();
            }
        }
    }
}
