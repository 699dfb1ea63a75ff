package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.render.pdf.PdfExporter;
import paiban.ui.EditionDocument;
import paiban.ui.EditionLoader;
import paiban.ui.TestEditions;

class ExportJobTest {
    static EditionDocument sample;

    @BeforeAll
    static void open() throws Exception {
        sample = new EditionDocument(TestEditions.COMPOSER, EditionLoader.read(EditionLoader.sample()), EditionLoader.sample());
    }

    @Test
    void aFilePerPageNamedByDateAndNumber(@TempDir Path dir) throws Exception {
        List<int[]> progress = new ArrayList<>();
        PdfExporter.Result r = new ExportJob(dir, true, true, -1).run(sample.edition(), sample.layout().pages(),
                (done, total) -> { synchronized (progress) { progress.add(new int[] {done, total}); } }, () -> false);
        int n = sample.edition().pages().size();
        assertEquals(n, r.files().size());
        assertTrue(Files.exists(dir.resolve("20260425-01.pdf")));
        for (Path f : r.files()) assertTrue(Files.size(f) > 1000, f.toString());
        assertEquals(n, progress.size());
    }

    @Test
    void theCurrentPageAloneInOneFile(@TempDir Path dir) throws Exception {
        PdfExporter.Result r = new ExportJob(dir, false, false, 2).run(sample.edition(), sample.layout().pages(),
                PdfExporter.Progress.NONE, () -> false);
        assertEquals(List.of(dir.resolve("20260425.pdf")), r.files());
    }

    @Test
    void cancellingStopsTheExport(@TempDir Path dir) {
        assertThrows(CancellationException.class, () -> new ExportJob(dir, true, true, -1)
                .run(sample.edition(), sample.layout().pages(), PdfExporter.Progress.NONE, () -> true));
    }
}
