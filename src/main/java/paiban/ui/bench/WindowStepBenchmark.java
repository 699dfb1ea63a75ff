package paiban.ui.bench;

import java.io.PrintStream;
import java.util.Random;

import javafx.application.Platform;
import paiban.bench.Benchmark;
import paiban.ui.MainWindow;

/**
 * A benchmark of the editor's window as the hand uses it: the sample edition opened headless,
 * rounds of steps (two warm-up rounds and three measured, one quick), each step timed from its
 * input event to the frame that shows it ({@link StepToPaint}); steps come at random moments
 * within a frame, as a hand's do.
 */
abstract class WindowStepBenchmark implements Benchmark {
    WindowStepBenchmark() {
        // fails here, so the registry skips this benchmark, when JavaFX is not on the class path
        Platform.class.getName();
    }

    /** Steps a measured round has ({@code quick}: a short one). */
    abstract int steps(boolean quick);

    /** One round of {@code steps} steps in {@code window}, each timed through {@code timing}; the window left as found. */
    abstract void round(MainWindow window, int steps, Random pause, StepToPaint timing, boolean record) throws Exception;

    /** The report's first line. */
    abstract String header(int steps, int rounds, int warm);

    @Override public final void run(PrintStream out, boolean quick) throws Exception {
        HeadlessFx.SampleWindow opened = HeadlessFx.openSample();
        try {
            int warm = quick ? 0 : 2, rounds = quick ? 1 : 3, steps = steps(quick);
            Random pause = new Random(name().hashCode());
            StepToPaint timing = new StepToPaint(rounds * steps);
            for (int r = -warm; r < rounds; r++) round(opened.window(), steps, pause, timing, r >= 0);
            out.println(header(timing.count(), rounds, warm));
            timing.report(out);
        } finally {
            opened.close();
        }
    }

    static String pipeline() {
        return System.getProperty("prism.order", "default");
    }
}
