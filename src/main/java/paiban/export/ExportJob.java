package paiban.export;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

import paiban.layout.PageLayout;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * One export, run on a worker thread: page files are written one after the
 * other and cancelling is looked at between pages, so a cancelled export
 * leaves only whole pages. A single edition file is all or nothing: cancelled,
 * it is not written at all. Made by {@link PrintExport#job}; the editor's export
 * dialog runs it in a JavaFX task, {@code paiban export} straight through.
 */
public final class ExportJob {
    /** Told after each page, on the worker thread. */
    public interface Listener {
        void pageDone(int done, int total);
    }

    /** What was written; {@code cancelled} when the user stopped it early. */
    public record Outcome(List<Path> files, List<String> warnings, boolean cancelled) {
        public Outcome {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    private final String editionName;
    private final LocalDate date;
    private final List<PageLayout> pages;
    private final Path folder;
    private final boolean single;
    private final PdfSettings settings;
    /** Every file finished so far, in order; read from the FX thread while the worker adds. */
    private final List<Path> written = new java.util.concurrent.CopyOnWriteArrayList<>();

    public ExportJob(String editionName, LocalDate date, List<PageLayout> pages, Path folder, boolean single,
                     PdfSettings settings) {
        this.editionName = editionName;
        this.date = date;
        this.pages = List.copyOf(pages);
        this.folder = folder;
        this.single = single;
        this.settings = settings;
    }

    public List<PageLayout> pages() { return pages; }

    public Path folder() { return folder; }

    public boolean single() { return single; }

    /** The files this job has finished so far (a file being written is not among them: it is still a hidden part file). */
    public List<Path> written() { return List.copyOf(written); }

    /**
     * Deletes the files this job wrote, for an export abandoned half way
     * (the window closed during it); a file that will not go is named in the result.
     */
    public List<String> deleteWritten() {
        List<String> failed = new ArrayList<>();
        for (Path p : written) {
            try {
                java.nio.file.Files.deleteIfExists(p);
            } catch (IOException e) {
                failed.add(p + ": " + e.getMessage());
            }
        }
        written.clear();
        return failed;
    }

    public String editionName() { return editionName; }

    public LocalDate date() { return date; }

    public PdfSettings settings() { return settings; }

    /**
     * Writes every file without a way to stop (the command line): page files
     * on several threads when the settings allow it. The listener may be told
     * from those threads.
     */
    public Outcome run(Listener listener) throws IOException {
        PdfExporter exporter = new PdfExporter(settings);
        PdfExporter.Progress onPage = listener::pageDone;
        PdfExporter.Result r = single
                ? exporter.exportEdition(editionName, date, pages, folder, onPage)
                : exporter.exportPages(editionName, date, pages, folder, onPage);
        written.addAll(r.files());
        return new Outcome(r.files(), r.warnings(), false);
    }

    /** Writes the files one page at a time, asking {@code cancelled} between pages (the editor's dialog). */
    public Outcome run(Listener listener, BooleanSupplier cancelled) throws IOException {
        // pages go one at a time so that cancel can come between them
        PdfExporter exporter = new PdfExporter(settings.withParallel(false));
        if (single) return runSingle(exporter, listener, cancelled);
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int done = 0;
        for (PageLayout p : pages) {
            if (cancelled.getAsBoolean()) return new Outcome(files, warnings, true);
            PdfExporter.Result r = exporter.exportPages(editionName, date, List.of(p), folder, PdfExporter.Progress.NONE);
            files.addAll(r.files());
            written.addAll(r.files());
            warnings.addAll(r.warnings());
            listener.pageDone(++done, pages.size());
        }
        return new Outcome(files, warnings, false);
    }

    private Outcome runSingle(PdfExporter exporter, Listener listener, BooleanSupplier cancelled) throws IOException {
        if (cancelled.getAsBoolean()) return new Outcome(List.of(), List.of(), true);
        try {
            PdfExporter.Result r = exporter.exportEdition(editionName, date, pages, folder, (done, total) -> {
                listener.pageDone(done, total);
                if (done < total && cancelled.getAsBoolean()) throw new Stopped();
            });
            written.addAll(r.files());
            return new Outcome(r.files(), r.warnings(), false);
        } catch (Stopped s) {
            // the exporter removed its part-written file on the way out
            return new Outcome(List.of(), List.of(), true);
        }
    }

    /** Unwinds the exporter between two pages. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
