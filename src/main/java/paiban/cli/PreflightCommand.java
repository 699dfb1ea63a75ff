package paiban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.preflight.Severity;

/** {@code paiban preflight EDITION.json}: the checks before the plant; exit 1 on errors. */
final class PreflightCommand implements Command {
    @Override public String name() { return "preflight"; }

    @Override public String summary() { return "check an edition for print problems (exit 1 on errors)"; }

    @Override public String usage() {
        return """
                usage: paiban preflight EDITION.json

                Composes the edition and lists what would go wrong at the printing plant, one
                finding a line (ERROR or WARNING, check, page, frame, story): overset text,
                missing fonts or images, images under 150 ppi, RGB images, black text that is
                not 100 K, ink over the limit, frames outside the type area, broken threads,
                unresolved jump lines.

                Exit codes: 0 no errors (warnings may be listed), 1 errors found, 2 bad input.
                """;
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        List<String> files = o.positional();
        if (files.isEmpty()) throw new UsageException("missing EDITION.json (paiban preflight --help)");
        if (files.size() > 1) throw new UsageException("one edition at a time, got " + files.size() + " files");
        Edition edition = Inputs.edition(files.get(0));
        Path base = Path.of(files.get(0)).toAbsolutePath().getParent();

        try (ProgressLine progress = new ProgressLine(err, name())) {
            progress.show("composing " + edition.pages().size() + " pages");
            FontLibrary fonts = FontLibrary.shared();
            EditionLayout layout = new EditionComposer(fonts)
                    .compose(edition, base);
            progress.show("checking");
            List<Finding> findings = new Preflight(fonts).check(edition, layout, base);
            progress.done();
            for (Finding f : findings) out.println(f);
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            out.println(errors + " errors, " + (findings.size() - errors) + " warnings");
            return errors > 0 ? Cli.FINDINGS : Cli.OK;
        }
    }
}
