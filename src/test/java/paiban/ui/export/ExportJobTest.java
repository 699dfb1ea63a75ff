package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import paiban.layout.PageLayout;
import paiban.render.pdf.PdfSettings;
import paiban.ui.EditionDocument;
import paiban.ui.TestEditions;

/** The export the dialog runs, without the dialog: files, names, and cancel between pages. */
class ExportJobTest {
    static final EditionDocument DOC = TestEditions.document();
    static final LocalDate DATE = LocalDate.of(2026, 4, 25);
    @TempDir Path dir;

    private static List<PageLayout> pages() { return DOC.layout().pages(); }

    private List<String> written() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static int pageCount(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return d.getNumberOfPages();
        }
    }

    @Test
    void onePdfPerPageNamedByDateAndNumber() throws Exception {
        List<String> progress = new ArrayList<>();
        ExportJob job = new ExportJob("明城日报", DATE, pages(), dir, false, PdfSettings.defaults());
        ExportJob.Outcome o = job.run((done, total) -> progress.add(done + "/" + total), () -> false);
        assertFalse(o.cancelled());
        assertEquals(List.of("20260425-01.pdf", "20260425-02.pdf"), written());
        assertEquals(List.of(dir.resolve("20260425-01.pdf"), dir.resolve("20260425-02.pdf")), o.files());
        assertEquals(List.of("1/2", "2/2"), progress);
        assertEquals(1, pageCount(dir.resolve("20260425-02.pdf")));
    }

    @Test
    void oneFileForTheEdition() throws Exception {
        ExportJob job = new ExportJob("明城日报", DATE, pages(), dir, true, PdfSettings.defaults().withCropMarks(true));
        ExportJob.Outcome o = job.run((done, total) -> { }, () -> false);
        assertEquals(List.of("20260425.pdf"), written());
        assertEquals(2, pageCount(o.files().get(0)));
    }

    @Test
    void cancelStopsAfterThePageBeingWritten() throws Exception {
        boolean[] cancel = {false};
        ExportJob job = new ExportJob("明城日报", DATE, pages(), dir, false, PdfSettings.defaults());
        ExportJob.Outcome o = job.run((done, total) -> cancel[0] = true, () -> cancel[0]);
        assertTrue(o.cancelled());
        assertEquals(List.of("20260425-01.pdf"), written(), "page 1 whole, page 2 not started, no part files");
        assertEquals(1, pageCount(dir.resolve("20260425-01.pdf")));
        assertEquals(List.of(dir.resolve("20260425-01.pdf")), o.files());
    }

    @Test
    void aCancelledEditionFileIsNotWrittenAtAll() throws Exception {
        boolean[] cancel = {false};
        ExportJob job = new ExportJob("明城日报", DATE, pages(), dir, true, PdfSettings.defaults());
        ExportJob.Outcome o = job.run((done, total) -> cancel[0] = true, () -> cancel[0]);
        assertTrue(o.cancelled());
        assertTrue(o.files().isEmpty());
        assertEquals(List.of(), written(), "no half edition and no part file left behind");
    }

    @Test
    void anAbandonedExportDeletesTheFilesItWroteAndOnlyThose() throws Exception {
        Path other = Files.writeString(dir.resolve("20260424-01.pdf"), "yesterday's page");
        boolean[] cancel = {false};
        ExportJob job = new ExportJob("明城日报", DATE, pages(), dir, false, PdfSettings.defaults());
        ExportJob.Outcome o = job.run((done, total) -> cancel[0] = true, () -> cancel[0]);
        assertTrue(o.cancelled());
        assertEquals(List.of(dir.resolve("20260425-01.pdf")), job.written());
        assertEquals(List.of(), job.deleteWritten());
        assertEquals(List.of("20260424-01.pdf"), written(), "another day's file in the folder stays");
        assertTrue(Files.exists(other));
        assertEquals(List.of(), job.written());
    }
}
