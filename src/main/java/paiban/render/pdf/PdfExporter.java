package paiban.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import paiban.layout.PageLayout;

/**
 * Writes print PDFs of laid-out pages: one file per page, named
 * {@code yyyyMMdd-NN.pdf} by edition date and page number, or one file for
 * the whole edition. Page files are written on several threads; each file
 * appears complete or not at all (written beside, then renamed), so a
 * plant's hot folder never picks up half a page. Make one exporter per
 * export: it keeps the images it has converted until it is dropped.
 */
public final class PdfExporter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd");

    private final PdfSettings settings;
    /** Images decoded once for all the files this exporter writes (the same ad on several pages). */
    private final ImageCache images = new ImageCache();

    public PdfExporter(PdfSettings settings) {
        this.settings = settings;
    }

    /** Called after each page is written; may be called from several threads. */
    public interface Progress {
        Progress NONE = (done, total) -> { };

        void pageDone(int done, int total);
    }

    /** The files written and the problems met (missing images), one line each. */
    public record Result(List<Path> files, List<String> warnings) {
        public Result {
            files = List.copyOf(files);
            warnings = List.copyOf(warnings);
        }
    }

    /** {@code 20260425-03.pdf} */
    public static String pageFileName(LocalDate date, int pageNumber) {
        return DAY.format(date) + String.format("-%02d.pdf", pageNumber);
    }

    /** {@code 20260425.pdf} */
    public static String editionFileName(LocalDate date) {
        return DAY.format(date) + ".pdf";
    }

    /** One PDF per page in {@code dir}. */
    public Result exportPages(String editionName, LocalDate date, List<PageLayout> pages, Path dir, Progress progress)
            throws IOException {
        Files.createDirectories(dir);
        int threads = settings.parallel() ? Math.max(1, Math.min(pages.size(), Runtime.getRuntime().availableProcessors())) : 1;
        AtomicInteger done = new AtomicInteger();
        List<Path> files = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        if (threads == 1) {
            for (PageLayout p : pages) {
                cancelPoint();
                Path file = dir.resolve(pageFileName(date, p.number()));
                warnings.addAll(writeFile(List.of(p), title(editionName, date, p), file));
                files.add(file);
                progress.pageDone(done.incrementAndGet(), pages.size());
            }
            return new Result(files, warnings);
        }
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "pdf-export");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<List<String>>> jobs = new ArrayList<>();
            for (PageLayout p : pages) {
                Path file = dir.resolve(pageFileName(date, p.number()));
                files.add(file);
                jobs.add(pool.submit(() -> {
                    List<String> w = writeFile(List.of(p), title(editionName, date, p), file);
                    progress.pageDone(done.incrementAndGet(), pages.size());
                    return w;
                }));
            }
            for (Future<List<String>> f : jobs) warnings.addAll(f.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException cancelled = new InterruptedIOException("export cancelled");
            cancelled.initCause(e);
            throw cancelled;
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof UncheckedIOException u) throw u.getCause();
            if (c instanceof RuntimeException r) throw r;
            throw new IOException(c.getMessage(), c);
        } finally {
            pool.shutdownNow();
        }
        return new Result(files, warnings);
    }

    /** The whole selection as one PDF, {@code yyyyMMdd.pdf} in {@code dir}. */
    public Result exportEdition(String editionName, LocalDate date, List<PageLayout> pages, Path dir, Progress progress)
            throws IOException {
        Files.createDirectories(dir);
        Path file = dir.resolve(editionFileName(date));
        String title = (editionName == null || editionName.isBlank() ? "" : editionName + " ") + date;
        List<String> warnings = writeFile(pages, title, file, progress);
        return new Result(List.of(file), warnings);
    }

    /** Writes {@code pages} as one PDF to {@code file} (atomically). */
    public List<String> writeFile(List<PageLayout> pages, String title, Path file) throws IOException {
        return writeFile(pages, title, file, Progress.NONE);
    }

    private List<String> writeFile(List<PageLayout> pages, String title, Path file, Progress progress) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        // beside the target, with the folder's usual permissions (a temp file's would be owner-only)
        Path tmp = dir.resolve("." + file.getFileName() + "." + Thread.currentThread().getId() + ".part");
        try {
            List<String> warnings;
            try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16)) {
                warnings = write(pages, title, out, progress);
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return warnings;
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Writes {@code pages} as one PDF to a stream. */
    public List<String> write(List<PageLayout> pages, String title, OutputStream out) throws IOException {
        return write(pages, title, out, Progress.NONE);
    }

    private List<String> write(List<PageLayout> pages, String title, OutputStream out, Progress progress)
            throws IOException {
        try (PrintDocument doc = new PrintDocument(settings, title, images)) {
            int n = 0;
            for (PageLayout p : pages) {
                cancelPoint();
                doc.add(p);
                progress.pageDone(++n, pages.size());
            }
            doc.save(out);
            return doc.warnings();
        }
    }

    /** Interrupting the exporting thread cancels the export (the editor's Cancel); no half file is left. */
    private static void cancelPoint() throws InterruptedIOException {
        if (Thread.currentThread().isInterrupted()) throw new InterruptedIOException("export cancelled");
    }

    private static String title(String editionName, LocalDate date, PageLayout p) {
        StringBuilder sb = new StringBuilder();
        if (editionName != null && !editionName.isBlank()) sb.append(editionName).append(' ');
        sb.append(date).append(' ').append(p.name() == null || p.name().isBlank() ? "page " + p.number() : p.name());
        return sb.toString();
    }
}
