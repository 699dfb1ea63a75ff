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
        BenchFigures f = new BenchFigures(out);
        double median = f.after("median"), best = f.after("best");
        assertTrue(best > 0 && best <= median, out);
        assertTrue(f.before("marks;") > 0, "the table's rules and cell marks were drawn into the layout: " + out);
        assertTrue(Benchmarks.all().stream().anyMatch(b -> b instanceof TableBenchmark));
    }
}
