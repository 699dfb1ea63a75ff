package paiban.ui.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * What the export dialog asks for, and the export itself (run off the FX
 * thread). Cancelling stops after the page being written; pages already
 * written stay, each complete (files are written atomically).
 *
 * @param perPage   a PDF per page (20260425-03.pdf) or one for the selection (20260425.pdf)
 * @param onlyPage  0-based page to export alone, or -1 for all pages
 */
public record ExportJob(Path directory, boolean perPage, boolean cropMarks, int onlyPage) {

    /** Runs the export; {@code progress} gets (done, total); {@code cancelled} is polled after each page. */
    public PdfExporter.Result run(Edition edition, List<PageLayout> layout, PdfExporter.Progress progress,
                                  BooleanSupplier cancelled) throws IOException {
        List<PageLayout> pages = onlyPage < 0 ? layout : List.of(layout.get(onlyPage));
        LocalDate date = edition.date() == null ? LocalDate.now() : edition.date();
        PdfExporter exporter = new PdfExporter(PdfSettings.defaults().withCropMarks(cropMarks).withBleed(edition.settings().bleed()));
        PdfExporter.Progress watched = (done, total) -> {
            progress.pageDone(done, total);
            if (cancelled.getAsBoolean()) throw new CancellationException("export cancelled after " + done + " of " + total + " pages");
        };
        return perPage ? exporter.exportPages(edition.name(), date, pages, directory, watched)
                : exporter.exportEdition(edition.name(), date, pages, directory, watched);
    }
}
