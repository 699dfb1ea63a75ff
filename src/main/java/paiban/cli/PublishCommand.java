package paiban.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.publish.PublishSettings;
import paiban.publish.Publisher;

/** {@code paiban publish EDITION.json -o DIR [--width PX] [--thumbnail PX]}: the 数字报, a static site. */
final class PublishCommand implements Command {
    @Override public String name() { return "publish"; }

    @Override public String summary() { return "write the digital edition (数字报): a static site with article zones, manifest, ALTO"; }

    @Override public String usage() {
        PublishSettings d = PublishSettings.defaults();
        return """
                usage: paiban publish EDITION.json -o DIR [--width PX] [--thumbnail PX]

                Composes the edition and writes its digital edition (数字报) into DIR, a static
                site that works from any web server or straight from the folder:
                  index.html           the date, name and 版 list with thumbnails
                  pages/NN.html        the page picture; each article's zone and each jump line is a link
                  articles/ID.html     headline stack, byline, photos and the whole text of a story
                  images/ media/       page pictures (RGB JPEG, drawn like the print PDF) and photos
                  manifest.json        pages, articles, zones and text as data (docs/publish.md)
                  alto/NN.xml          ALTO v4 XML per page, text blocks grouped by article

                  -o DIR          output folder, created if missing
                  --width PX      width of the page pictures (default %d)
                  --thumbnail PX  width of the thumbnails (default %d)

                Notes (stories without a headline, overlapping zones, missing photos) go to stderr,
                in Chinese unless -Dpaiban.lang=en or PAIBAN_LANG=en asks for English.
                Exit codes: 0 written, 2 bad input or options.
                """.formatted(d.readingWidth(), d.thumbnailWidth());
    }

    @Override public int run(List<String> args, PrintStream out, PrintStream err) throws Exception {
        Options o = new Options(args);
        String outDir = o.value("-o");
        if (outDir == null) outDir = o.value("--output");
        PublishSettings d = PublishSettings.defaults();
        String width = o.value("--width");
        String thumb = o.value("--thumbnail");
        int w = width == null ? d.readingWidth() : Values.integer("--width", width, 200, 8000);
        int t = thumb == null ? d.thumbnailWidth() : Values.integer("--thumbnail", thumb, 40, w);
        List<String> files = o.positional();
        if (files.isEmpty()) throw new UsageException("missing EDITION.json (paiban publish --help)");
        if (files.size() > 1) throw new UsageException("one edition at a time, got " + files.size() + " files");
        if (outDir == null) throw new UsageException("missing -o DIR, the folder to write the site into");

        Edition edition = Inputs.edition(files.get(0));
        if (edition.pages().isEmpty()) throw new UsageException(files.get(0) + ": the edition has no pages");
        Path dir = Inputs.outputDir(outDir);
        try (ProgressLine progress = new ProgressLine(err, name())) {
            progress.show("composing " + edition.pages().size() + " pages");
            EditionLayout layout = new EditionComposer(FontLibrary.shared())
                    .compose(edition, Path.of(files.get(0)).toAbsolutePath().getParent());
            Publisher.Result result = new Publisher(new PublishSettings(w, t))
                    .publish(edition, layout, dir, (done, total, what) -> progress.show(what));
            progress.done();
            java.util.Locale lang = paiban.preflight.FindingTexts.deskLocale();
            for (paiban.publish.PublishNote n : result.notes()) err.println("note: " + n.text(lang));
            out.println(result.index());
            return Cli.OK;
        }
    }
}
