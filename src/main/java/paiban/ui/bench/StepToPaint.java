package paiban.ui.bench;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.shape.Rectangle;

/**
 * The time from one input event to the frame that shows it, as the editor's headless benchmarks
 * measure it: the event is fired on the FX thread, then each pulse after it asks whether the
 * step has been painted; once it has, a tiny snapshot queued on the render thread behind that
 * pulse's frame returns when the frame is drawn. Also the CPU time the FX and render threads
 * spent on the step.
 */
final class StepToPaint {
    /** Per step: {whole, handled, FX thread CPU, render thread CPU}, nanoseconds. */
    private final long[][] steps;
    private int n;

    StepToPaint(int capacity) {
        steps = new long[capacity][];
    }

    /**
     * Fires {@code event} on the FX thread and waits until {@code painted} (asked after each pulse's
     * layout) holds and that pulse's frame is rendered; {@code record} false for warm-up steps.
     */
    void step(Scene scene, Runnable event, BooleanSupplier painted, boolean record) throws Exception {
        CompletableFuture<long[]> done = new CompletableFuture<>();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long renderer = rendererThread();
        Platform.runLater(() -> {
            long r0 = renderer < 0 ? 0 : threads.getThreadCpuTime(renderer);
            long c0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            event.run();
            long handled = System.nanoTime() - t0;
            Runnable[] check = new Runnable[1];
            check[0] = () -> {
                if (!painted.getAsBoolean()) {
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
        long[] t = done.get(1, TimeUnit.MINUTES);
        if (record) steps[n++] = t;
    }

    int count() { return n; }

    /** Median, p90, p99 and max of the whole step; the event's share; the threads' CPU. */
    void report(PrintStream out) {
        long[] whole = column(0), handled = column(1), fx = column(2), render = column(3);
        out.printf("  step-to-paint median %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                pct(whole, 0.5), pct(whole, 0.9), pct(whole, 0.99), pct(whole, 1));
        out.printf("  of which the event handled (its edit and layout, no drawing): median %.1f ms, p90 %.1f ms%n",
                pct(handled, 0.5), pct(handled, 0.9));
        out.printf("  CPU per step (what the machine's load does not stretch): FX thread median %.1f ms, p90 %.1f ms;"
                + " render thread median %.1f ms, p90 %.1f ms%n", pct(fx, 0.5), pct(fx, 0.9), pct(render, 0.5), pct(render, 0.9));
    }

    private long[] column(int c) {
        long[] out = new long[n];
        for (int i = 0; i < n; i++) out[i] = steps[i][c];
        return out;
    }

    /** Lets pending paints and pulses finish. */
    static void settle() throws Exception {
        for (int i = 0; i < 3; i++) {
            Thread.sleep(40);
            HeadlessFx.call(() -> {
                new Rectangle(1, 1).snapshot(null, null);
                return null;
            });
        }
    }

    /** The id of JavaFX's render thread (the software pipeline draws there), -1 when not found. */
    private static long rendererThread() {
        for (Thread t : Thread.getAllStackTraces().keySet()) if (t.getName().startsWith("QuantumRenderer")) return t.getId();
        return -1;
    }

    private static double pct(long[] ns, double q) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[Math.min(s.length - 1, (int) (s.length * q))] / 1e6;
    }
}
