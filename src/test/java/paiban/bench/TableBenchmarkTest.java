package paiban.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class TableBenchmarkTest {
    @Test
    void theTableBenchmarkRunsAndIsRegistered() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new TableBenchmark().run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.startsWith("table: median"), out);
        assertTrue(out.contains("200 rows set, 0 overset"), out);
        assertTrue(Benchmarks.all().stream().anyMatch(b -> b instanceof TableBenchmark));
    }
}
