package paiban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.preflight.Finding;
import paiban.preflight.FindingTexts;
import paiban.preflight.Preflight;
import paiban.preflight.Severity;

/** {@code paiban preflight EDITION.json}: the checks before the plant; exit 1 on errors. */
final class PreflightCommand implements Command {
    @Override public String name() { return "preflight"; }

    @Override public String summary() { return "check an edition for print problems (exit 1 on errors)"; }

    @Override public String usage() {
        return """
                usage: paiban preflight EDITION.json [--lang zh|en]

                Composes the edition and lists what would go wrong at the printing plant, one
                finding a line: ERROR or WARNING, the check's code, then page, story and what
                is wrong. Checks (codes): overset, missing-font, font-fallback, missing-image,
                unreadable-image, low-resolution (under 150 ppi), rgb-image,
                text-not-pure-black (not 100 K), ink-limit, off-page, outside-type-area,
                broken-thread, frame-in-two-chains, unresolved-jump.

                Language: the findings are in Chinese, as in the editor, unless --lang en,
                -Dpaiban.lang=en or PAIBAN_LANG=en asks for English (--lang wins). ERROR,
                WARNING and the codes are the same in every language, for scripts and CI.

                Exit codes: 0 no errors (warnings may be listed), 1 errors found, 2 bad input.
                """;
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        Locale lang = language(o.value("--lang"));
        FindingTexts texts = FindingTexts.of(lang);
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
            for (Finding f : findings) out.println(f.severity() + " " + f.code() + ": " + f.message(lang));
            long errors = findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
            out.println(texts.format("summary", List.of(errors, findings.size() - errors)));
            return errors > 0 ? Cli.FINDINGS : Cli.OK;
        }
    }

    /** --lang zh|en, else the desk's language (-Dpaiban.lang, $PAIBAN_LANG, Chinese). */
    static Locale language(String option) {
        if (option == null) return FindingTexts.deskLocale();
        String l = option.strip().toLowerCase(Locale.ROOT);
        if (!l.startsWith("zh") && !l.startsWith("en")) throw new UsageException("--lang takes zh or en, not " + option);
        return FindingTexts.parse(l);
    }
}
