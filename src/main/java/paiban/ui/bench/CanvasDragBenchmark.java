package paiban.ui.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import javafx.application.Platform;
import javafx.event.Event;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.shape.Rectangle;
import javafx.stage.Stage;
import paiban.bench.Benchmark;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.model.Rect;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.MainWindow;
import paiban.ui.canvas.FrameOutline;

/**
 * The editor as the hand feels it: the main window on the sample edition, headless (Monocle,
 * software pipeline), a text frame on the full page 1 dragged 60 steps of 15 pixels around a
 * square. Each step's time runs from the pointer event (fired on the canvas) until the canvas has
 * painted that step: the event handled (live recomposition included), the page and overlay drawn,
 * the next pulse rendered. A step waits for the previous one plus a random pause of up to one
 * frame, so the pulse cadence (60 a second) is met at random phases, as a hand meets it.
 */
public final class CanvasDragBenchmark implements Benchmark {
    static final String FRAME = "p1-lead-1";
    static final int STEPS = 60, STEP_PIXELS = 15;

    public CanvasDragBenchmark() {
        // fails here, so the registry skips this benchmark, when JavaFX is not on the class path
        Platform.class.getName();
    }

    @Override public String name() { return "canvas-drag"; }

    @Override public String summary() {
        return "editor window headless: 60-step drag of a text frame on the sample's page 1, step-to-paint (target median < 16 ms, p99 < 33 ms)";
    }

    @Override public void run(PrintStream out, boolean quick) throws Exception {
        HeadlessFx.start();
        Path sample = EditionLoader.sample();
        Stage[] stage = new Stage[1];
        MainWindow window = HeadlessFx.call(() -> {
            try {
                EditionDocument doc = new EditionDocument(new EditionComposer(FontLibrary.shared()),
                        EditionLoader.read(sample), sample);
                MainWindow w = new MainWindow(doc);
                stage[0] = new Stage();
                w.show(stage[0]);
                // within Monocle's 1280×800 screen, whose painter cannot take a larger window
                stage[0].setX(0);
                stage[0].setY(0);
                stage[0].setWidth(1280);
                stage[0].setHeight(790);
                return w;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        try {
            FxPainter.imagesLoaded().get(1, TimeUnit.MINUTES);
            settle();
            int warm = quick ? 0 : 2, rounds = quick ? 1 : 3, steps = quick ? 10 : STEPS;
            Random pause = new Random(16);
            long[] whole = new long[rounds * steps], handled = new long[rounds * steps];
            long[] fxCpu = new long[rounds * steps], renderCpu = new long[rounds * steps];
            int n = 0;
            for (int r = -warm; r < rounds; r++) {
                long[][] one = drag(window, steps, pause);
                if (r < 0) continue;
                for (int i = 0; i < steps; i++) {
                    whole[n] = one[i][0];
                    handled[n] = one[i][1];
                    fxCpu[n] = one[i][2];
                    renderCpu[n++] = one[i][3];
                }
            }
            out.printf("canvas-drag: %d steps of %d px dragging %s on the sample's page 1 (headless, %s pipeline), %d round(s) after %d warm-up%n",
                    n, STEP_PIXELS, FRAME, System.getProperty("prism.order", "default"), rounds, warm);
            out.printf("  step-to-paint median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    pct(whole, 0.5), pct(whole, 0.9), pct(whole, 0.99), pct(whole, 1));
            out.printf("  of which the event handled (live layout, no drawing): median %.1f ms, p90 %.1f ms%n",
                    pct(handled, 0.5), pct(handled, 0.9));
            out.printf("  CPU per step (what the machine's load does not stretch): FX thread median %.1f ms, p90 %.1f ms;"
                    + " render thread median %.1f ms, p90 %.1f ms%n", pct(fxCpu, 0.5), pct(fxCpu, 0.9),
                    pct(renderCpu, 0.5), pct(renderCpu, 0.9));
        } finally {
            HeadlessFx.call(() -> {
                stage[0].close();
                return null;
            });
        }
    }

    /** One drag of {@code steps} around a square and back, released where it began; per step {whole, handled} ns. */
    private static long[][] drag(MainWindow window, int steps, Random pause) throws Exception {
        double[] start = HeadlessFx.call(() -> {
            FrameOutline o = window.canvasModel().outlines().stream().filter(f -> f.frameId().equals(FRAME))
                    .findFirst().orElseThrow();
            Rect b = o.bounds();
            ScreenTransform at = window.canvas().transform();
            double x = at.x(b.x() + b.width() / 2), y = at.y(b.y() + Math.min(b.height() / 2, b.width() / 2));
            fire(window.canvas().canvas(), MouseEvent.MOUSE_PRESSED, x, y);
            return new double[] {x, y};
        });
        settle();
        long[][] times = new long[steps][];
        int side = Math.max(1, steps / 4);
        double x = start[0], y = start[1];
        for (int i = 0; i < steps; i++) {
            int leg = Math.min(3, i / side);
            x += leg == 0 ? STEP_PIXELS : leg == 2 ? -STEP_PIXELS : 0;
            y += leg == 1 ? STEP_PIXELS : leg == 3 ? -STEP_PIXELS : 0;
            Thread.sleep(pause.nextInt(17));
            times[i] = step(window, x, y);
        }
        double endX = x, endY = y;
        HeadlessFx.call(() -> {
            int depth = window.undoStack().depth();
            fire(window.canvas().canvas(), MouseEvent.MOUSE_RELEASED, endX, endY);
            if (window.undoStack().depth() > depth) window.undoStack().undo();
            return null;
        });
        settle();
        return times;
    }

    /**
     * Fires one drag event and waits until the canvas has painted it: {whole, handled, FX thread CPU,
     * render thread CPU} ns.
     */
    private static long[] step(MainWindow window, double x, double y) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = rendererThread();
        Platform.runLater(() -> {
            Canvas canvas = window.canvas().canvas();
            Scene scene = canvas.getScene();
            long r0 = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            fire(canvas, MouseEvent.MOUSE_DRAGGED, x, y);
            long handled = System.nanoTime() - t0;
            Rect expected = window.canvasModel().dragPreviewProperty().get();
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                // the pulse that follows the paint of this step renders it
                boolean painted = window.canvas().drawnOutlines().stream()
                        .anyMatch(o -> o.frameId().equals(FRAME) && o.bounds().equals(expected));
                if (!painted) {
                    Platform.requestNextPulse();
                    return;
                }
                scene.removePostLayoutPulseListener(check[0]);
                Platform.runLater(() -> {
                    // queued on the render thread behind this pulse's frame: returns when it is drawn
                    new Rectangle(1, 1).snapshot(null, null);
                    long t = System.nanoTime() - t0;
                    done.complete(new long[] {t, handled, threads.getCurrentThreadCpuTime() - c0,
                            renderer < 0 ? 0 : threads.getThreadCpuTime(renderer) - r0});
                });
            };
            scene.addPostLayoutPulseListener(check[0]);
            Platform.requestNextPulse();
        });
        return done.get(1, TimeUnit.MINUTES);
    }

    /** The id of JavaFX's render thread (the software pipeline draws there), -1 when not found. */
    private static long rendererThread() {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("QuantumRenderer")) return t.getId();
        return -1;
    }

    /** A primary-button event at canvas point (x, y); the event carries scene coordinates, as the window's do. */
    private static void fire(Canvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y) {
        var scene = canvas.localToScene(x, y);
        var screen = canvas.localToScreen(x, y);
        Event.fireEvent(canvas, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
    }

    /** Lets pending paints and pulses finish. */
    private static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(40);
            HeadlessFx.call(() -> {
                new Rectangle(1, 1).snapshot(null, null);
                return null;
            });
        }
    }

    private static double pct(long[] ns, double q) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) (s.length * q))] / 1e6;
    }
}
