package paiban.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

    /** The edition benchmark reports the edition it composed, and its order statistics are in order. */
    @Test
    void theEditionBenchmarkReportsWhatItComposed() throws Exception {
        BenchFigures f = BenchFigures.of(new ComposeEditionBenchmark());
        Edition e = GeneratedEdition.of(24, 42);
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e);
        assertEquals(24, f.after("compose-edition:"), f.text());
        assertEquals(GeneratedEdition.characters(e), f.before("characters"), f.text());
        assertEquals(e.stories().size(), f.before("stories"), f.text());
        assertEquals(layout.pages().stream().mapToInt(p -> p.lines().size()).sum(), f.before("lines"), f.text());
        for (String pass : new String[] {"every line composed", "lines from the composer's cache"}) {
            double median = f.after(pass, "median"), min = f.after(pass, "min");
            assertTrue(min > 0 && min <= median, pass + ": " + f.text());
        }
    }
}
