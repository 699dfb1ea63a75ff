package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/** The commands on real files: the sample edition, small constructed editions, a story. */
class CliCommandsTest {
    static final Path SAMPLE = Path.of("assets/sample/edition.json");
    @TempDir static Path dir;
    static EditionLayout sampleLayout;

    @BeforeAll static void compose() throws Exception {
        sampleLayout = new EditionComposer(FontLibrary.shared()).compose(EditionFile.read(SAMPLE), SAMPLE.toAbsolutePath().getParent());
    }

    static String squeeze(String s) { return s.replaceAll("\\s+", ""); }

    static String text(PageLayout p) {
        StringBuilder sb = new StringBuilder();
        for (LineBox l : p.lines()) sb.append(l.text());
        return squeeze(sb.toString());
    }

    static String pdfText(PDDocument d, int page) throws Exception {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        return s.getText(d);
    }

    @Test void exportWritesOnePdfPerPageWithThePagesText() throws Exception {
        Path out = dir.resolve("pages");
        CommandRun r = CommandRun.of("export", SAMPLE.toString(), "-o", out.toString());
        assertEquals(Cli.OK, r.exit(), r.err());
        List<Path> files = List.of(out.resolve("20260425-01.pdf"), out.resolve("20260425-02.pdf"), out.resolve("20260425-03.pdf"));
        assertEquals(files.stream().map(Path::toString).toList(), r.out().strip().lines().toList());
        for (int i = 0; i < files.size(); i++) {
            try (PDDocument d = Loader.loadPDF(files.get(i).toFile())) {
                assertEquals(1, d.getNumberOfPages());
                assertEquals(text(sampleLayout.pages().get(i)), squeeze(pdfText(d, 0)), "page " + (i + 1));
                assertTrue(d.getPage(0).getCOSObject().containsKey(org.apache.pdfbox.cos.COSName.TRIM_BOX));
            }
        }
        assertTrue(r.err().contains("export: page 3 of 3"), "progress line: " + r.err());
        try (PDDocument d = Loader.loadPDF(files.get(0).toFile())) {
            var res = d.getPage(0).getResources();
            var names = new ArrayList<org.apache.pdfbox.cos.COSName>();
            res.getXObjectNames().forEach(names::add);
            assertEquals(1, names.size(), "the lead photo is placed");
            var photo = (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) res.getXObject(names.get(0));
            assertEquals("DeviceCMYK", photo.getColorSpace().getName(), "the RGB photo is converted");
        }
    }

    @Test void exportSelectedPagesAsOneFileWithCropMarks() throws Exception {
        Path out = dir.resolve("single");
        CommandRun r = CommandRun.of("export", SAMPLE.toString(), "--pages", "1,3", "--single", "--marks", "-o", out.toString());
        assertEquals(Cli.OK, r.exit(), r.err());
        Path file = out.resolve("20260425.pdf");
        assertEquals(file.toString(), r.out().strip());
        try (PDDocument d = Loader.loadPDF(file.toFile())) {
            assertEquals(2, d.getNumberOfPages());
            assertEquals(List.of("第一版", "第三版"), List.of(d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
            assertEquals(text(sampleLayout.pages().get(2)), squeeze(pdfText(d, 1)));
            PDPage p = d.getPage(0);
            assertTrue(p.getMediaBox().getWidth() > p.getBleedBox().getWidth() + 20, "room for crop marks");
        }
    }

    static Edition small(List<FrameRef> chain) {
        PageTemplate t = PageTemplate.sikai();
        Edition base;
        try {
            base = EditionFile.read(SAMPLE);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        Page page = new Page("a1", "", "要闻", t.name(), List.of(new TextFrame("t1", t.gridRect(0, 2, 0, 30), 2, t.gap())));
        Story story = new Story("s1", "短讯", List.of(new Paragraph("正文", "本报讯　滨江大桥今日正式通车。")), chain);
        return new Edition("测试", base.date(), base.settings(), List.of(t), base.styles(), List.of(page), List.of(story));
    }

    @Test void preflightPassesACleanEditionAndFailsABrokenThread() throws Exception {
        Path clean = dir.resolve("clean.json"), broken = dir.resolve("broken.json");
        EditionFile.write(small(List.of(new FrameRef("a1", "t1"))), clean);
        EditionFile.write(small(List.of(new FrameRef("a1", "t1"), new FrameRef("a9", "t1"))), broken);
        CommandRun ok = CommandRun.of("preflight", clean.toString(), "--lang", "en");
        assertEquals(Cli.OK, ok.exit(), ok.out() + ok.err());
        assertTrue(ok.out().strip().endsWith("0 errors, 0 warnings"), ok.out());
        CommandRun bad = CommandRun.of("preflight", broken.toString(), "--lang", "en");
        assertEquals(Cli.FINDINGS, bad.exit(), bad.out() + bad.err());
        assertTrue(bad.out().contains("ERROR broken-thread") && bad.out().contains("a9") && bad.out().contains("短讯"), bad.out());
        assertTrue(bad.out().strip().endsWith("1 errors, 0 warnings"), bad.out());
    }

    @Test void preflightSpeaksTheDesksLanguageWithTheSameCodes() throws Exception {
        Path broken = dir.resolve("broken-lang.json");
        EditionFile.write(small(List.of(new FrameRef("a1", "t1"), new FrameRef("a9", "t1"))), broken);
        CommandRun zh = CommandRun.of("preflight", broken.toString(), "--lang", "zh");
        assertEquals(Cli.FINDINGS, zh.exit(), zh.out() + zh.err());
        assertEquals(List.of("ERROR broken-thread: 《短讯》 续排链第 2 节指向的版面 a9 不在本期", "1 个错误，0 个警告"),
                zh.out().strip().lines().toList());
        CommandRun en = CommandRun.of("preflight", broken.toString(), "--lang", "en");
        assertEquals(List.of("ERROR broken-thread: frame t1, story 「短讯」 (s1): link 2 of the thread points to page a9,"
                + " which is not in the edition", "1 errors, 0 warnings"), en.out().strip().lines().toList());

        // without --lang: -Dpaiban.lang, as in the editor; Chinese when nothing asks for English
        String old = System.getProperty("paiban.lang");
        try {
            System.setProperty("paiban.lang", "en");
            assertEquals(en.out(), CommandRun.of("preflight", broken.toString()).out());
            System.clearProperty("paiban.lang");
            if (System.getenv("PAIBAN_LANG") == null) assertEquals(zh.out(), CommandRun.of("preflight", broken.toString()).out());
        } finally {
            if (old == null) System.clearProperty("paiban.lang"); else System.setProperty("paiban.lang", old);
        }
        CommandRun wrong = CommandRun.of("preflight", broken.toString(), "--lang", "fr");
        assertEquals(Cli.BAD_INPUT, wrong.exit());
        assertEquals("paiban preflight: --lang takes zh or en, not fr", wrong.errorLine());
    }

    @Test void preflightFindsOversetInAComposedEdition() throws Exception {
        StringBuilder longText = new StringBuilder();
        for (Paragraph p : paiban.bench.GeneratedPages.paragraphs(5, 30, 200, 300)) longText.append(p.text());
        Edition e = small(List.of(new FrameRef("a1", "t1")));
        Story s = e.stories().get(0).withParagraphs(List.of(new Paragraph("正文", longText.toString())));
        Path file = dir.resolve("overset.json");
        EditionFile.write(e.withStory(s), file);
        CommandRun r = CommandRun.of("preflight", file.toString(), "--lang", "en");
        assertEquals(Cli.FINDINGS, r.exit(), r.out() + r.err());
        assertTrue(r.out().contains("ERROR overset: 第一版, frame t1, story 「短讯」 (s1): 超 "), r.out());
        CommandRun zh = CommandRun.of("preflight", file.toString(), "--lang", "zh");
        assertTrue(zh.out().lines().anyMatch(l -> l.matches("ERROR overset: 第一版 《短讯》 超 \\d+ 字")), zh.out());
    }

    @Test void proofSetsTheWholeStoryWithItsCopyfitInTheSlug() throws Exception {
        List<String> paragraphs = new ArrayList<>();
        for (Paragraph p : paiban.bench.GeneratedPages.paragraphs(11, 60, 80, 400)) paragraphs.add(p.text());
        Path story = dir.resolve("稿件.txt"), pdf = dir.resolve("proof.pdf");
        Files.writeString(story, String.join("\n", paragraphs) + "\n");
        int chars = paragraphs.stream().mapToInt(s -> s.codePointCount(0, s.length())).sum();
        CommandRun r = CommandRun.of("proof", story.toString(), "-o", pdf.toString(), "--template", "四开", "--columns", "4");
        assertEquals(Cli.OK, r.exit(), r.err());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            assertTrue(d.getNumberOfPages() >= 2, "a long story takes several pages: " + d.getNumberOfPages());
            StringBuilder body = new StringBuilder();
            for (int i = 0; i < d.getNumberOfPages(); i++) {
                String slug = null;
                for (String line : pdfText(d, i).split("\\R")) {
                    if (line.startsWith("小样")) slug = squeeze(line);
                    else body.append(line);
                }
                assertTrue(slug != null, "slug on page " + (i + 1));
                assertTrue(slug.contains("第" + (i + 1) + "/" + d.getNumberOfPages() + "页"), slug);
                assertTrue(slug.contains("共" + chars + "字") && slug.contains("60段") && slug.contains("稿件.txt"), slug);
            }
            assertEquals(squeeze(String.join("", paragraphs)), squeeze(body.toString()), "every character set, none lost");
        }
    }

    @Test void proofTakesAWordStoryThroughTheImporter() throws Exception {
        Path story = dir.resolve("稿件.docx"), pdf = dir.resolve("proof.pdf");
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
             var outStream = Files.newOutputStream(story)) {
            // a 电头 with PDF-style spaces and a half-width comma: the importer's clean-up must show in the proof
            doc.createParagraph().createRun().setText("本报讯（记者 张三）昨天,市 教 育 局召开会议。");
            doc.createParagraph().createRun().setText("会议部署了2026年的十项工作。");
            doc.write(outStream);
        }
        CommandRun r = CommandRun.of("proof", story.toString(), "-o", pdf.toString());
        assertEquals(Cli.OK, r.exit(), r.err());
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            StringBuilder body = new StringBuilder();
            for (String line : pdfText(d, 0).split("\\R")) if (!line.startsWith("小样")) body.append(line);
            assertEquals(squeeze("本报讯（记者 张三）昨天，市教育局召开会议。会议部署了2026年的十项工作。"), squeeze(body.toString()));
        }
    }

    @Test void proofOfABrokenWordFileSaysSo() throws Exception {
        Path story = dir.resolve("坏.docx");
        Files.writeString(story, "not a zip");
        CommandRun r = CommandRun.of("proof", story.toString(), "-o", dir.resolve("x.pdf").toString());
        assertEquals(Cli.BAD_INPUT, r.exit());
        assertTrue(r.err().contains("坏.docx") && r.err().lines().count() == 1, r.err());
    }
}
