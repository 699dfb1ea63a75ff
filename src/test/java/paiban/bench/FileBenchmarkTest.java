package paiban.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;

import org.junit.jupiter.api.Test;

import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.story.Story;

class FileBenchmarkTest {
    @Test
    void editionIsNewspaperSizedAndRoundTrips() throws Exception {
        Edition e = FileBenchmark.edition(new Random(1));
        assertEquals(24, e.pages().size());
        assertEquals(192, e.stories().size());
        int chars = e.stories().stream().mapToInt(Story::characterCount).sum();
        assertTrue(chars > 200_000 && chars < 300_000, "characters: " + chars);
        assertEquals(e, EditionFile.fromJson(EditionFile.toJson(e), "bench"));
    }

    @Test
    void quickRunReportsEveryStep() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new FileBenchmark().run(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String out = bytes.toString(StandardCharsets.UTF_8);
        for (String step : new String[] {"edition: 24 pages", "toJson: median", "fromJson: median", "save (atomic", "open: median"}) {
            assertTrue(out.contains(step), out);
        }
        BenchFigures f = new BenchFigures(out);
        Edition e = FileBenchmark.edition(new Random(20_260_425L)); // the benchmark's own edition
        assertEquals(e.stories().stream().mapToInt(Story::characterCount).sum(), f.before("characters; file"), out);
        assertEquals(EditionFile.toJson(e).getBytes(java.nio.charset.StandardCharsets.UTF_8).length, f.before("bytes"),
                "the file measured is the edition's JSON: " + out);
        for (String step : new String[] {"toJson:", "fromJson:", "save (atomic", "open:"}) {
            double median = f.after(step, "median"), best = f.after(step, "best");
            assertTrue(best > 0 && best <= median, step + " " + out);
        }
    }
}
