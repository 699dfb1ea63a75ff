package paiban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import paiban.compose.flow.EditionComposer;
import paiban.export.ExportJob;
import paiban.export.ExportOptions;
import paiban.export.PrintExport;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.preflight.ExportGate;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;

/** {@code paiban export EDITION.json [--pages 1,3] [--single] [--marks] -o DIR}: print PDFs. */
final class ExportCommand implements Command {
    @Override public String name() { return "export"; }

    @Override public String summary() { return "write print PDFs of an edition (a file per page, or --single)"; }

    @Override public String usage() {
        return """
                usage: paiban export EDITION.json [--pages 1,3] [--single] [--marks] [--force] [--lang zh|en] -o DIR

                Composes the edition, runs preflight (as paiban preflight does) and writes print
                PDFs into DIR: one file per page named by edition date and page number
                (20260425-03.pdf), or with --single one file for the whole edition (20260425.pdf).
                Preflight's findings go to stderr; with any ERROR (overset text, a missing
                image, …) nothing is written unless --force.

                  --pages LIST   pages to export by number: 1,3 or 2-5 (default: all)
                  --single       one PDF holding every exported page
                  --marks        crop marks outside the bleed (leave off for ad PDFs)
                  --force        write even when preflight finds errors
                  --lang zh|en   language of the findings (default: the desk's, Chinese)
                  -o DIR         output folder, created if missing

                PDF/X-1a:2003: CMYK/grey only, fonts embedded and subset, black text overprints;
                RGB images converted through the newsprint profile (CGATS TR 002) within the
                edition's inkLimit; the profile is embedded as the output intent.
                Exit codes: 0 written, 1 not written because of preflight errors, 2 bad input.
                """;
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        String outDir = o.value("-o");
        if (outDir == null) outDir = o.value("--output");
        String pages = o.value("--pages");
        boolean single = o.flag("--single");
        boolean marks = o.flag("--marks");
        boolean force = o.flag("--force");
        Locale lang = PreflightCommand.language(o.value("--lang"));
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
            FontLibrary fonts = FontLibrary.shared();
            Path base = Path.of(files.get(0)).toAbsolutePath().getParent();
            EditionLayout layout = new EditionComposer(fonts).compose(edition, base);
            progress.show("checking");
            PrintExport export = new PrintExport(new Preflight(fonts));
            ExportGate gate = export.check(edition, layout, base);
            if (!gate.findings().isEmpty()) {
                progress.done();
                for (Finding f : gate.findings()) err.println(f.severity() + " " + f.code() + ": " + f.message(lang));
            }
            if (gate.refuses(force)) {
                err.println("export: nothing written: " + gate.errors().size()
                        + " preflight error(s); fix them, or export anyway with --force");
                return Cli.FINDINGS;
            }
            ExportOptions options = new ExportOptions(numbers, single, marks, dir);
            ExportJob.Outcome result = PrintExport.job(edition, layout, options)
                    .run((done, total) -> progress.show("page " + done + " of " + total));
            progress.done();
            for (String w : PrintExport.unsaid(gate, result)) err.println("warning: " + w);
            for (Path f : result.files()) out.println(f);
            return Cli.OK;
        }
    }
}
