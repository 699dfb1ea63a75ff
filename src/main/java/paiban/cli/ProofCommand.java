package paiban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import paiban.font.FontLibrary;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.story.Paragraph;
import paiban.model.unit.Units;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/** {@code paiban proof STORY.txt -o FILE.pdf …}: a galley proof (小样) of a plain-text story. */
final class ProofCommand implements Command {
    @Override public String name() { return "proof"; }

    @Override public String summary() { return "set a .txt or .docx story as a galley proof (小样) PDF with its copyfit"; }

    @Override public String usage() {
        return """
                usage: paiban proof STORY.txt -o FILE.pdf [--template 对开|四开|FILE] [--columns N]
                                   [--page WxH] [--margin MM] [--gap MM] [--size PT|号] [--pitch PT]

                Sets STORY.txt (one paragraph a line; UTF-8, GB18030 or UTF-16, read and limited
                as `paiban import` reads text) or STORY.docx (imported with the
                newsroom clean-up of `paiban import`) as body text in N columns on as many
                pages as it needs, and writes them as one PDF with the copyfit (characters,
                paragraphs, lines) in the slug line of every page.

                  --template T   对开 (default) or 四开, or an edition file whose first template is used
                  --columns N    text columns (default: the template's)
                  --page WxH     trimmed page in millimetres, e.g. 390x545
                  --margin MM    margin on all four sides, millimetres
                  --gap MM       gap between columns, millimetres (default: 1 字)
                  --size S       body size in points (9, 10.5) or 号 (小五, 五号)
                  --pitch P      baseline to baseline, points (default: the template's ratio)
                  -o FILE.pdf    the proof to write

                Exit codes: 0 written, 2 bad input or options.
                """;
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        String output = o.value("-o");
        if (output == null) output = o.value("--output");
        String template = o.value("--template");
        String columns = o.value("--columns"), page = o.value("--page"), margin = o.value("--margin");
        String gap = o.value("--gap"), size = o.value("--size"), pitch = o.value("--pitch");
        List<String> files = o.positional();
        if (files.isEmpty()) throw new UsageException("missing STORY.txt (paiban proof --help)");
        if (files.size() > 1) throw new UsageException("one story at a time, got " + files.size() + " files");
        if (output == null) throw new UsageException("missing -o FILE.pdf, the proof to write");

        PageTemplate base = template(template);
        int body = size == null ? base.bodySize() : Values.size("--size", size);
        int lineStep = pitch != null ? Values.size("--pitch", pitch)
                : size == null ? base.pitch() : (int) Math.round((double) body * base.pitch() / base.bodySize());
        int[] trim = page == null ? new int[] {base.trimWidth(), base.trimHeight()} : Values.pageSize("--page", page);
        Rect area;
        if (margin != null) {
            int m = Values.mm("--margin", margin);
            area = new Rect(m, m, Math.max(0, trim[0] - 2 * m), Math.max(0, trim[1] - 2 * m));
        } else if (page == null) {
            area = base.typeArea();
        } else {
            int m = Units.mm(15);
            area = new Rect(m, m, Math.max(0, trim[0] - 2 * m), Math.max(0, trim[1] - 2 * m));
        }
        int cols = columns == null ? base.columns() : Values.integer("--columns", columns, 1, 40);
        int gutter = gap == null ? body : Values.mm("--gap", gap);
        GalleyProof.Geometry geo = new GalleyProof.Geometry(trim[0], trim[1], area, cols, gutter, body, lineStep);

        List<Paragraph> paragraphs = Inputs.isDocx(files.get(0))
                ? Inputs.docxParagraphs(files.get(0))
                : GalleyProof.paragraphs(Inputs.text(files.get(0)));
        if (paragraphs.isEmpty()) throw new UsageException(files.get(0) + ": the story is empty");
        Path file = Inputs.outputFile(output);

        // -Dpaiban.timing=true: where a proof's time goes (the SPEC §11 whole-process target)
        boolean timing = Boolean.getBoolean("paiban.timing");
        long t0 = System.nanoTime(), c0 = timing ? cpu() : 0;
        try (ProgressLine progress = new ProgressLine(err, name())) {
            String source = Path.of(files.get(0)).getFileName().toString();
            GalleyProof proof = new GalleyProof(FontLibrary.shared(), geo, source);
            List<PageLayout> pages = proof.pages(paragraphs, n -> progress.show("setting " + paragraphs.size()
                    + " paragraphs on " + n + " pages"));
            long t1 = System.nanoTime(), c1 = timing ? cpu() : 0;
            progress.show("writing " + pages.size() + " pages");
            List<String> warnings = new PdfExporter(PdfSettings.defaults().withParallel(false))
                    .writeFile(pages, "小样 " + source, file);
            progress.done();
            if (timing)
                err.printf("timing: jvm→compose %d ms, compose %d ms (cpu %d), pdf %d ms (cpu %d)%n",
                        java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() - (System.nanoTime() - t0) / 1_000_000,
                        (t1 - t0) / 1_000_000, (c1 - c0) / 1_000_000, (System.nanoTime() - t1) / 1_000_000, (cpu() - c1) / 1_000_000);
            for (String w : warnings) err.println("warning: " + w);
            out.println(file);
            return Cli.OK;
        }
    }

    private static long cpu() {
        return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    }

    private static PageTemplate template(String t) {
        if (t == null || t.equals("对开")) return PageTemplate.duikai();
        if (t.equals("四开")) return PageTemplate.sikai();
        if (!t.toLowerCase().endsWith(".json") && !java.nio.file.Files.exists(Path.of(t)))
            throw new UsageException("--template: " + t + " is neither 对开, 四开 nor an edition file");
        Edition e = Inputs.edition(t);
        if (e.templates().isEmpty()) throw new UsageException("--template: " + t + " holds no page template");
        return e.templates().get(0);
    }
}
