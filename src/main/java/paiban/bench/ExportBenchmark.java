package paiban.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import paiban.compose.flow.EditionComposer;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.PageTemplate;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;
import paiban.model.unit.Units;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * SPEC §11 export figures: one full text-only 对开 page (target < 150 ms,
 * < 300 KB), a generated 24-page edition as page files and as one file
 * (target < 2 s warm), and the sample edition from its JSON.
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
        double pageMs = median(warm, rounds, () -> {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 18);
            exporter.write(List.of(page), "bench", buf);
            size[0] = buf.size();
        });
        out.printf("text page (对开, %,d characters): %.1f ms median, %,d bytes (%.0f KB; targets < 150 ms, < 300 KB)%n",
                pageChars, pageMs, size[0], size[0] / 1024.0);

        Path dir = Files.createTempDirectory("paiban-bench");
        try {
            LocalDate date = LocalDate.of(2026, 4, 25);
            int edRounds = quick ? 1 : 5;
            double filesMs = median(quick ? 0 : 2, edRounds,
                    () -> exporter.exportPages("bench", date, edition, dir, PdfExporter.Progress.NONE));
            long total = folderSize(dir);
            out.printf("24-page edition as page files (%,d characters): %.0f ms median, %,d KB in all (target < 2 s)%n",
                    chars, filesMs, total / 1024);
            clear(dir);
            double singleMs = median(quick ? 0 : 2, edRounds,
                    () -> exporter.exportEdition("bench", date, edition, dir, PdfExporter.Progress.NONE));
            out.printf("24-page edition as one file: %.0f ms median, %,d KB%n", singleMs, folderSize(dir) / 1024);
            clear(dir);

            Path sample = FontLibrary.Assets.directory().resolve("sample").resolve("edition.json");
            if (Files.isRegularFile(sample)) {
                Edition e = EditionFile.read(sample);
                EditionComposer composer = new EditionComposer(fonts);
                double sampleMs = median(quick ? 0 : 2, edRounds, () -> exporter.exportPages(e.name(), e.date(),
                        composer.compose(e, sample.getParent()).pages(), dir, PdfExporter.Progress.NONE));
                out.printf("sample edition (%d pages, compose + export): %.0f ms median, %,d KB%n",
                        e.pages().size(), sampleMs, folderSize(dir) / 1024);
            }
        } finally {
            clear(dir);
            Files.deleteIfExists(dir);
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    private static double median(int warm, int rounds, Work w) throws Exception {
        for (int i = 0; i < warm; i++) w.run();
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            w.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[rounds / 2];
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
