package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;
import paiban.cli.Cli;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.preflight.Preflight;
import paiban.ui.EditionDocument;
import paiban.ui.InLanguage;

/**
 * {@code paiban export} and the editor's export dialog go through one export service: for the same options they
 * write the same files, page for page the same drawing (only the creation time inside differs).
 */
@ExtendWith(ApplicationExtension.class)
@InLanguage("zh")
class ExportBothWaysTest {
    static final Path SAMPLE = Path.of("assets/sample/edition.json");
    @TempDir Path dir;

    @ParameterizedTest(name = "pages {0}, single {1}, marks {2}")
    @CsvSource({"'', false, false", "'1,3', false, true", "'2-3', true, false", "'', true, true"})
    void theCommandLineAndTheDialogWriteTheSameFiles(String pages, boolean single, boolean marks) throws Exception {
        Path byCli = dir.resolve("cli"), byDialog = dir.resolve("dialog");

        List<String> args = new ArrayList<>(List.of("export", SAMPLE.toString(), "-o", byCli.toString()));
        if (!pages.isEmpty()) args.addAll(List.of("--pages", pages));
        if (single) args.add("--single");
        if (marks) args.add("--marks");
        ByteArrayOutputStream out = new ByteArrayOutputStream(), err = new ByteArrayOutputStream();
        int exit = Cli.run(args.toArray(String[]::new), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertEquals(Cli.OK, exit, err.toString(StandardCharsets.UTF_8));

        EditionDocument doc = new EditionDocument(new EditionComposer(FontLibrary.shared()), EditionFile.read(SAMPLE), SAMPLE);
        ExportViewModel vm = WaitForAsyncUtils.asyncFx(() -> new ExportViewModel(doc, new Preflight(FontLibrary.shared()))).get();
        WaitForAsyncUtils.asyncFx(() -> {
            vm.runPreflight();
            vm.folderProperty().set(byDialog);
            vm.allPagesProperty().set(pages.isEmpty());
            vm.pageListProperty().set(pages);
            vm.singleProperty().set(single);
            vm.cropMarksProperty().set(marks);
            vm.start(r -> new Thread(r, "test-export").start());
        }).get();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> vm.outcomeProperty().get() != null);
        assertFalse(vm.outcomeProperty().get().cancelled());

        List<String> names = names(byCli);
        assertEquals(names, names(byDialog), "the same file names");
        List<String> printed = out.toString(StandardCharsets.UTF_8).lines().map(l -> Path.of(l).getFileName().toString()).toList();
        assertEquals(names, printed, "the command line lists what it wrote");
        for (String name : names) assertEquals(drawing(byCli.resolve(name)), drawing(byDialog.resolve(name)), name);
    }

    /** A different option is seen by this comparison (it could fail). */
    @Test
    void cropMarksMakeADifferentDrawing() throws Exception {
        Path plain = dir.resolve("plain"), marked = dir.resolve("marked");
        for (Path p : List.of(plain, marked)) {
            List<String> args = new ArrayList<>(List.of("export", SAMPLE.toString(), "--pages", "1", "-o", p.toString()));
            if (p == marked) args.add("--marks");
            assertEquals(Cli.OK, Cli.run(args.toArray(String[]::new), new PrintStream(new ByteArrayOutputStream()),
                    new PrintStream(new ByteArrayOutputStream())));
        }
        assertNotEquals(drawing(plain.resolve("20260425-01.pdf")), drawing(marked.resolve("20260425-01.pdf")));
    }

    private static List<String> names(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** Each page's boxes, its content streams byte for byte, and the text a reader extracts. */
    private static List<String> drawing(Path pdf) throws IOException {
        List<String> pages = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            for (PDPage page : d.getPages()) {
                StringBuilder b = new StringBuilder();
                b.append(page.getMediaBox()).append(page.getTrimBox()).append(page.getBleedBox()).append('\n');
                try (InputStream in = page.getContents()) {
                    b.append(java.util.HexFormat.of().formatHex(
                            java.security.MessageDigest.getInstance("SHA-256").digest(in.readAllBytes())));
                } catch (java.security.NoSuchAlgorithmException e) {
                    throw new AssertionError(e);
                }
                pages.add(b.toString());
            }
            pages.add(new PDFTextStripper().getText(d));
        }
        return pages;
    }
}
