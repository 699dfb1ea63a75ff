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
    }
}
