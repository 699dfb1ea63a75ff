package paiban.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The canvas keystroke workload runs (quickly) and reports the whole and the caret's share. */
class CanvasKeystrokeBenchmarkTest {
    @Test
    void runsQuickly() throws Exception {
        Benchmark b = new CanvasKeystrokeBenchmark();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("canvas-keystroke: 150 keystrokes"), out);
        assertTrue(out.contains("finding the caret median"), out);
    }
}
