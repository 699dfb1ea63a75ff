package paiban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import paiban.compose.flow.EditionComposer;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.PlacedPdfMark;
import paiban.model.Rect;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;
import paiban.model.unit.Units;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;
import paiban.render.placed.AdInspector;
import paiban.render.placed.AdRaster;

/**
 * SPEC §11 export figures: one full text-only 对开 page (target < 150 ms,
 * < 300 KB), a generated 24-page edition as page files and as one file
 * (target < 2 s warm), the sample edition from its JSON, and a page with
 * a placed ad PDF.
 */
public final class ExportBenchmark implements Benchmark {
    @Override public String name() { return "export"; }

    @Override public String summary() { return "print PDF export: one text page, a 24-page edition, the sample"; }

    @Override public void run(PrintStream out, boolean quick) throws Exception {
        FontLibrary fonts = FontLibrary.shared();
        ParagraphSetter setter = new ParagraphSetter(fonts);
        StyleSheet sheet = DefaultStyles.forBody(Units.pt(9));
        PageTemplate t = PageTemplate.duikai();
        List<PageLayout> edition = new ArrayList<>();
        for (int i = 1; i <= 24; i++) {
            edition.add(GeneratedPages.textPage(setter, sheet, t, GeneratedPages.paragraphs(i, 160, 40, 260), i, "s" + i));
        }
        int chars = 0;
        for (PageLayout p : edition) for (var l : p.lines()) chars += l.text().codePointCount(0, l.text().length());
        PdfExporter exporter = new PdfExporter(PdfSettings.defaults());
        int warm = quick ? 1 : 5, rounds = quick ? 2 : 10;

        PageLayout page = edition.get(0);
        int pageChars = 0;
        for (var l : page.lines()) pageChars += l.text().codePointCount(0, l.text().length());
        long[] size = new long[1];
        double pageMs = Rounds.medianMs(warm, rounds, () -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 18);
            exporter.write(List.of(page), "bench", buf);
            size[0] = buf.size();
        });
        out.printf("text page (对开, %,d characters): %.1f ms median, %,d bytes (%.0f KB; targets < 150 ms, < 300 KB)%n",
                pageChars, pageMs, size[0], size[0] / 1024.0);

        Path dir = Files.createTempDirectory("paiban-bench");
        try {
            placedAd(out, exporter, edition, dir, warm, rounds);
            LocalDate date = LocalDate.of(2026, 4, 25);
            int edRounds = quick ? 1 : 5;
            double filesMs = Rounds.medianMs(quick ? 0 : 2, edRounds,
                    () -> exporter.exportPages("bench", date, edition, dir, PdfExporter.Progress.NONE));
            long total = folderSize(dir);
            out.printf("24-page edition as page files (%,d characters): %.0f ms median, %,d KB in all (target < 2 s)%n",
                    chars, filesMs, total / 1024);
            clear(dir);
            double singleMs = Rounds.medianMs(quick ? 0 : 2, edRounds,
                    () -> exporter.exportEdition("bench", date, edition, dir, PdfExporter.Progress.NONE));
            out.printf("24-page edition as one file: %.0f ms median, %,d KB%n", singleMs, folderSize(dir) / 1024);
            clear(dir);

            Path sample = FontLibrary.Assets.directory().resolve("sample").resolve("edition.json");
            if (Files.isRegularFile(sample)) {
                Edition e = EditionFile.read(sample);
                EditionComposer composer = new EditionComposer(fonts);
                double sampleMs = Rounds.medianMs(quick ? 0 : 2, edRounds, () -> exporter.exportPages(e.name(), e.date(),
                        composer.compose(e, sample.getParent()).pages(), dir, PdfExporter.Progress.NONE));
                out.printf("sample edition (%d pages, compose + export): %.0f ms median, %,d KB%n",
                        e.pages().size(), sampleMs, folderSize(dir) / 1024);
            }
        } finally {
            clear(dir);
            Files.deleteIfExists(dir);
        }
    }

    /**
     * A page whose lower half is an ad PDF placed as vector content. The ad is a
     * whole exported text page (about 13,000 characters in two embedded fonts)
     * fitted into the half page: a heavy ad, read and imported anew for every file,
     * as each page file is its own document. Also the ad's preflight inspection and
     * its rendering for the screen (2,048 pixels on the long side).
     */
    private static void placedAd(PrintStream out, PdfExporter exporter, List<PageLayout> edition, Path dir, int warm,
                                 int rounds) throws Exception {
        Path ad = dir.resolve("ad.pdf");
        try (var file = Files.newOutputStream(ad)) {
            exporter.write(List.of(edition.get(1)), "ad", file);
        }
        PageLayout text = edition.get(0);
        int half = text.height() / 2;
        List<Mark> marks = new ArrayList<>();
        for (Mark m : text.marks()) if (m instanceof LineBox l && l.baseline() < half) marks.add(m);
        Rect frame = new Rect(Units.mm(20), half + Units.mm(5), text.width() - Units.mm(40), half - Units.mm(25));
        marks.add(new PlacedPdfMark("ad", ad, 1, frame));
        PageLayout page = new PageLayout("ad", 1, "广告版", text.width(), text.height(), marks, List.of());
        long[] size = new long[1];
        double ms = Rounds.medianMs(warm, rounds, () -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 19);
            exporter.write(List.of(page), "bench", buf);
            size[0] = buf.size();
        });
        out.printf("page with a placed ad PDF (half the page, vector, %,d KB file): %.1f ms median, %,d KB%n",
                Files.size(ad) / 1024, ms, size[0] / 1024);
        double inspectMs = Rounds.medianMs(warm, rounds, () -> AdInspector.inspect(ad, 1));
        out.printf("  preflight of that ad PDF (fonts, colours, ink, transparency): %.1f ms median%n", inspectMs);
        double renderMs = Rounds.medianMs(1, Math.max(2, rounds / 2), () -> AdRaster.renderNow(ad, 1, 1500));
        out.printf("  its screen rendering (PDFBox, 1,500 px on the long side): %.0f ms median%n", renderMs);
        Files.deleteIfExists(ad);
    }

    private static long folderSize(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            return s.mapToLong(p -> p.toFile().length()).sum();
        }
    }

    private static void clear(Path dir) throws IOException {
        try (var s = Files.list(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
