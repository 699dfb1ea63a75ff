package paiban.render.placed;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.lang.ref.WeakReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Placed PDF pages rendered for the screen by PDFBox, on a background
 * thread, and kept by file and page. A file that changes on disk (another
 * modification time or size) is rendered again the next time it is asked
 * for; until then the old picture is shown. A request for more pixels than
 * the cached picture has renders it again, larger, up to {@link #MAX_SIDE}.
 */
public final class AdRaster {
    private static final System.Logger LOG = paiban.log.Log.of(AdRaster.class);
    /** Longest side of a preview, in pixels: enough for a full-page ad at a close zoom. */
    public static final int MAX_SIDE = 2400;
    private static final int MIN_SIDE = 256;

    /** A rendering of the page's CropBox: {@code argb} is {@code width × height} pixels. */
    public record Raster(int width, int height, int[] argb, PageBox crop, PageBox trim) {}

    public enum State { READY, PENDING, FAILED }

    /** What the screen can show now: a raster (READY, or an older one while PENDING), or why not. */
    public record Preview(State state, Raster raster, String problem) {}

    private record Stamp(FileTime modified, long size) {
        static Stamp of(Path file) {
            try {
                return new Stamp(Files.getLastModifiedTime(file), Files.size(file));
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, "placed PDF unreadable: " + file, e);
                return null;
            }
        }
    }

    private record Entry(Stamp stamp, int side, Raster raster, String problem) {}

    /** Renderings kept, the least recently used dropped first: a big one is tens of megabytes. */
    static final int KEEP = 12;
    private static final Map<String, Entry> DONE = java.util.Collections.synchronizedMap(
            new java.util.LinkedHashMap<>(16, 0.75f, true) {
                @Override protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                    return size() > KEEP;
                }
            });
    /** Renderings under way, with the views to call back when each is there. */
    private static final Map<String, List<Runnable>> RUNNING = new ConcurrentHashMap<>();
    private static final ExecutorService WORKER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "ad-preview");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        return t;
    });

    /** Views told when a placed file's new version has been rendered (held weakly: a closed view goes). */
    private static final List<WeakReference<Runnable>> NEW_VERSION = new java.util.concurrent.CopyOnWriteArrayList<>();

    private AdRaster() {}

    /**
     * Calls {@code redraw} (on the worker thread) whenever a placed file that changed on disk has been
     * rendered anew, for whichever view asked: a view that shows the old picture then draws again. The
     * caller keeps {@code redraw}; it is held weakly here.
     */
    public static void whenNewVersion(Runnable redraw) {
        NEW_VERSION.add(new WeakReference<>(redraw));
    }

    /**
     * The picture of {@code page} (from 1) of {@code file} for a crop box drawn {@code wantedSide}
     * pixels on its longer side. Never blocks: when a (new) rendering is needed it is started and
     * {@code whenReady} is called from the worker thread once it is there.
     */
    public static Preview get(Path file, int page, double wantedSide, Runnable whenReady) {
        String key = file.toAbsolutePath() + "|" + page;
        Stamp stamp = Stamp.of(file);
        if (stamp == null) return new Preview(State.FAILED, null, file + ": no such file");
        int side = bucket(wantedSide);
        Entry e = DONE.get(key);
        boolean fresh = e != null && e.stamp().equals(stamp);
        if (fresh && e.raster() == null) return new Preview(State.FAILED, null, e.problem());
        if (fresh && e.side() >= side) return new Preview(State.READY, e.raster(), "");
        String job = key + "|" + side + "|" + stamp;
        // every view asking while the rendering runs is called back (the canvas and the page thumbnails ask
        // for the same ad), not only the first
        boolean[] first = {false};
        RUNNING.compute(job, (k, waiting) -> {
            List<Runnable> w = waiting == null ? new ArrayList<>() : waiting;
            first[0] = waiting == null;
            w.add(whenReady);
            return w;
        });
        if (first[0]) {
            WORKER.execute(() -> {
                List<Runnable> waiting;
                Entry before = DONE.get(key);
                try {
                    // a larger rendering of the same file state, finished meanwhile, is kept
                    DONE.merge(key, render(file, page, stamp, side), (old, now) ->
                            old.stamp().equals(now.stamp()) && old.raster() != null && old.side() > now.side() ? old : now);
                } finally {
                    waiting = RUNNING.remove(job);
                }
                if (waiting != null) for (Runnable r : waiting) r.run();
                // the file changed and its new version is here: views still showing the old one draw again
                if (before != null && !before.stamp().equals(stamp)) {
                    for (WeakReference<Runnable> ref : NEW_VERSION) {
                        Runnable r = ref.get();
                        if (r == null) NEW_VERSION.remove(ref);
                        else if (waiting == null || !waiting.contains(r)) r.run();
                    }
                }
            });
        }
        return new Preview(State.PENDING, e == null ? null : e.raster(), "");
    }

    /** Renders now, on the calling thread (tests, the benchmark). */
    public static Preview renderNow(Path file, int page, int side) {
        Stamp stamp = Stamp.of(file);
        if (stamp == null) return new Preview(State.FAILED, null, file + ": no such file");
        Entry e = render(file, page, stamp, bucket(side));
        return e.raster() == null ? new Preview(State.FAILED, null, e.problem()) : new Preview(State.READY, e.raster(), "");
    }

    /**
     * True when {@code page} of {@code file} was rendered and the file has changed on
     * disk since (or is gone), so the screen should draw it again.
     */
    public static boolean changed(Path file, int page) {
        Entry e = DONE.get(file.toAbsolutePath() + "|" + page);
        return e != null && !e.stamp().equals(Stamp.of(file));
    }

    /** Forgets every rendering, so the next request reads the files again (the 刷新 button). */
    public static void forget() {
        DONE.clear();
    }

    private static int bucket(double wanted) {
        int side = MIN_SIDE;
        while (side < wanted && side < MAX_SIDE) side *= 2;
        return Math.min(side, MAX_SIDE);
    }

    private static Entry render(Path file, int page, Stamp stamp, int side) {
        try (PDDocument doc = PlacedPdf.load(file)) {
            PDPage p = PlacedPdf.page(doc, file, page);
            PageBox crop = PlacedPdf.cropBox(p);
            float scale = (float) (side / Math.max(crop.width(), crop.height()));
            BufferedImage img = new PDFRenderer(doc).renderImage(page - 1, scale, ImageType.ARGB);
            int w = img.getWidth(), h = img.getHeight();
            int[] argb = img.getRGB(0, 0, w, h, null, 0, w);
            return new Entry(stamp, side, new Raster(w, h, argb, crop, PlacedPdf.trimBox(p)), "");
        } catch (IOException | RuntimeException e) {
            return new Entry(stamp, side, null, e.getMessage() == null ? e.toString() : e.getMessage());
        }
    }
}
