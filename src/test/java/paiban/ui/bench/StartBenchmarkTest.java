package paiban.ui.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.ServiceLoader;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import paiban.bench.Benchmark;

class StartBenchmarkTest {
    @Test
    void readsTheEditorsLineAndReportsMedianAndMax() {
        assertEquals(new StartBenchmark.Start(1234, 2500),
                StartBenchmark.parse("WARNING: x\npaiban: usable after 1234 ms; cpu 2500 ms\n").orElseThrow());
        assertTrue(StartBenchmark.parse("Exception in thread main").isEmpty());
        assertEquals("start: 3 cold starts, usable after median 1200 ms, max 3000 ms (process CPU median 2000 ms)",
                StartBenchmark.line("start", List.of(new StartBenchmark.Start(3000, 4000),
                        new StartBenchmark.Start(1000, 1500), new StartBenchmark.Start(1200, 2000))));
    }

    @Test
    void isABenchmarkServiceTheBenchCommandFinds() {
        assertTrue(ServiceLoader.load(Benchmark.class).stream().anyMatch(p -> p.type() == StartBenchmark.class));
    }

    /** A real cold start of the editor in a child JVM, headless: it gets to usable and says so (no time asserted). */
    @Test
    void startsTheEditorOnTheSampleAndTimesItUntilUsable() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new StartBenchmark().run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("start: 1 cold start, usable after median (\\d+) ms, max (\\d+) ms").matcher(out);
        assertTrue(m.find(), out);
        assertTrue(Long.parseLong(m.group(1)) > 0, out);
    }
}
