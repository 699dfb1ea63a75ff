package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import paiban.bench.FrameDragBenchmark;

/** The drag benchmark runs (quick) and reports its figures; the figures themselves are not asserted. */
class FrameDragBenchmarkTest {
    @Test
    void runsAndReports() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FrameDragBenchmark().run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("drag: 10 steps") && out.contains("median") && out.contains("15 undo steps"), out);
    }
}
