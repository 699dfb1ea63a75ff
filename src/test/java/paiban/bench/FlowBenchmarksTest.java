package paiban.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;

/** The benchmarks' workloads are what SPEC §11 names, and they run (quickly) without failing. */
class FlowBenchmarksTest {
    @Test
    void generatedEditionIsTheSizeOfADaily() {
        Edition e = GeneratedEdition.of(24, 42);
        assertEquals(24, e.pages().size());
        int chars = GeneratedEdition.characters(e);
        assertTrue(chars > 230_000 && chars < 270_000, "characters " + chars);
        assertTrue(e.stories().size() >= 180 && e.stories().size() <= 220, "stories " + e.stories().size());
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e);
        long jumps = layout.pages().stream().flatMap(p -> p.lines().stream()).filter(l -> l.generated() && l.text().startsWith("（下转")).count();
        assertEquals(12, jumps);
    }

    @Test
    void benchmarksRunQuickly() throws Exception {
        for (Benchmark b : new Benchmark[] {new ComposeEditionBenchmark(), new KeystrokeBenchmark()}) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            b.run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
            String out = bytes.toString(StandardCharsets.UTF_8);
            assertTrue(out.startsWith(b.name() + ":"), out);
        }
    }
}
