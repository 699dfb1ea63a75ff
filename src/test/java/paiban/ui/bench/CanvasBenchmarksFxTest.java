package paiban.ui.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ServiceLoader;

import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import paiban.bench.Benchmark;
import paiban.ui.InLanguage;

/**
 * The editor's window benchmarks run their quick form to the end (no time asserted): the drag
 * lands on every step's paint, the typing makes edits and takes them back; both report.
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class CanvasBenchmarksFxTest {
    @Start
    void start(Stage s) {
        // the toolkit is all these benchmarks need from the test: they open their own window
    }

    private static String run(Benchmark b) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        b.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theDragAndTheTypingRunAndReport() throws Exception {
        String drag = run(new CanvasDragBenchmark());
        assertTrue(drag.contains("canvas-drag: 10 steps") && drag.contains("step-to-paint median"), drag);
        String typing = run(new CanvasTypingBenchmark());
        assertTrue(typing.contains("canvas-typing: 10 keystrokes") && typing.contains("step-to-paint median"), typing);
    }

    @Test
    void bothAreBenchmarkServicesTheBenchCommandFinds() {
        var types = ServiceLoader.load(Benchmark.class).stream().map(ServiceLoader.Provider::type).toList();
        assertTrue(types.contains(CanvasDragBenchmark.class) && types.contains(CanvasTypingBenchmark.class), types.toString());
    }
}
