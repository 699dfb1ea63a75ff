package paiban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/** {@code paiban export EDITION.json [--pages 1,3] [--single] [--marks] -o DIR}: print PDFs. */
final class ExportCommand implements Command {
    @Override public String name() { return "export"; }

    @Override public String summary() { return "write print PDFs of an edition (a file per page, or --single)"; }

    @Override public String usage() {
        return """
                usage: paiban export EDITION.json [--pages 1,3] [--single] [--marks] -o DIR

                Composes the edition and writes print PDFs into DIR: one file per page named by
                edition date and page number (20260425-03.pdf), or with --single one file for
                the whole edition (20260425.pdf).

                  --pages LIST   pages to export by number: 1,3 or 2-5 (default: all)
                  --single       one PDF holding every exported page
                  --marks        crop marks outside the bleed (leave off for ad PDFs)
                  -o DIR         output folder, created if missing

                PDF/X-1a-style: CMYK/grey only, fonts embedded and subset, black text overprints.
                Exit codes: 0 written, 2 bad input or options.
                """;
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        String outDir = o.value("-o");
        if (outDir == null) outDir = o.value("--output");
        String pages = o.value("--pages");
        boolean single = o.flag("--single");
        boolean marks = o.flag("--marks");
        List<String> files = o.positional();
        if (files.isEmpty()) throw new UsageException("missing EDITION.json (paiban export --help)");
        if (files.size() > 1) throw new UsageException("one edition at a time, got " + files.size() + " files");
        if (outDir == null) throw new UsageException("missing -o DIR, the folder to write the PDFs into");

        Edition edition = Inputs.edition(files.get(0));
        if (edition.pages().isEmpty()) throw new UsageException(files.get(0) + ": the edition has no pages");
        List<Integer> numbers = pages == null ? null : Values.pages("--pages", pages, edition.pages().size());
        Path dir = Inputs.outputDir(outDir);

        try (ProgressLine progress = new ProgressLine(err, name())) {
            progress.show("composing " + edition.pages().size() + " pages");
            EditionLayout layout = new EditionComposer(FontLibrary.shared())
                    .compose(edition, Path.of(files.get(0)).toAbsolutePath().getParent());
            List<PageLayout> selected = new ArrayList<>();
            for (PageLayout p : layout.pages()) if (numbers == null || numbers.contains(p.number())) selected.add(p);

            LocalDate date = edition.date() != null ? edition.date() : LocalDate.now();
            PdfExporter exporter = new PdfExporter(PdfSettings.defaults().withBleed(edition.settings().bleed()).withCropMarks(marks));
            PdfExporter.Progress onPage = (done, total) -> progress.show("page " + done + " of " + total);
            PdfExporter.Result result = single
                    ? exporter.exportEdition(edition.name(), date, selected, dir, onPage)
                    : exporter.exportPages(edition.name(), date, selected, dir, onPage);
            progress.done();
            for (String w : result.warnings()) err.println("warning: " + w);
            for (Path f : result.files()) out.println(f);
            return Cli.OK;
        }
    }
}
