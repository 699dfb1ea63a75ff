package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import paiban.bench.FrameDragBenchmark;

/** The drag benchmark runs (quick), checks its own moves landed, and reports figures in order (their size is not asserted). */
class FrameDragBenchmarkTest {
    @Test
    void runsAndReports() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FrameDragBenchmark().run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("drag: 10 steps") && out.contains("median") && out.contains("15 undo steps"), out);
        paiban.bench.BenchFigures f = new paiban.bench.BenchFigures(out);
        double median = f.after("median"), p90 = f.after("p90"), max = f.after("max");
        assertTrue(median > 0 && median <= p90 && p90 <= max, out);
    }
}
