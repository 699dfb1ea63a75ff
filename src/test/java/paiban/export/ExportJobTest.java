package paiban.export;

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
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.ui.TestEditions;

/** The export both front ends run, without either: files, names, cancel between pages, the options applied. */
class ExportJobTest {
    static final Edition EDITION = TestEditions.twoPages();
    static final EditionLayout LAYOUT = TestEditions.COMPOSER.compose(EDITION);
    static final LocalDate DATE = LocalDate.of(2026, 4, 25);
    @TempDir Path dir;

    private static List<PageLayout> pages() { return LAYOUT.pages(); }

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

    @Test
    void runStraightThroughWritesEveryPageOnSeveralThreads() throws Exception {
        ExportJob job = new ExportJob("明城日报", DATE, pages(), dir, false, PdfSettings.defaults().withParallel(true));
        List<String> progress = java.util.Collections.synchronizedList(new ArrayList<>());
        ExportJob.Outcome o = job.run((done, total) -> progress.add(done + "/" + total));
        assertFalse(o.cancelled());
        assertEquals(List.of("20260425-01.pdf", "20260425-02.pdf"), written());
        assertEquals(List.of(dir.resolve("20260425-01.pdf"), dir.resolve("20260425-02.pdf")), o.files(), "in page order");
        assertEquals(List.of("1/2", "2/2"), progress.stream().sorted().toList());
        assertEquals(o.files(), job.written());
    }

    @Test
    void theOptionsChooseThePagesTheFileKindAndTheMarks() {
        ExportJob job = PrintExport.job(EDITION, LAYOUT, ExportOptions.allPages(dir).withPages(List.of(2)).withCropMarks(true));
        assertEquals(List.of(2), job.pages().stream().map(PageLayout::number).toList());
        assertFalse(job.single());
        assertTrue(job.settings().cropMarks());
        assertEquals(EDITION.date() == null ? LocalDate.now() : EDITION.date(), job.date());
        ExportJob all = PrintExport.job(EDITION, LAYOUT, ExportOptions.allPages(dir).withSingle(true));
        assertEquals(List.of(1, 2), all.pages().stream().map(PageLayout::number).toList());
        assertTrue(all.single());
        assertFalse(all.settings().cropMarks());
        assertEquals(dir, all.folder());
    }

    @Test
    void theDialogSuggestsAPdfFolderBesideTheEditionFile() {
        assertEquals(dir.resolve("pdf"), PrintExport.suggestedFolder(dir.resolve("edition.json")));
        assertEquals(null, PrintExport.suggestedFolder(null), "an edition never saved has no folder yet");
    }
}
