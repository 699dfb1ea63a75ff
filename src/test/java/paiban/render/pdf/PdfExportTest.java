package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.bench.GeneratedPages;
import paiban.compose.line.ComposedLine;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.story.Paragraph;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;
import paiban.model.unit.Units;

class PdfExportTest {
    static final LocalDate DATE = LocalDate.of(2026, 4, 25);
    static final StyleSheet SHEET = DefaultStyles.forBody(Units.pt(9));
    static final PageTemplate TEMPLATE = PageTemplate.sikai();
    /** One glyph for two characters (一 U+4E00, ⼀ U+2F00), a character outside the BMP, Latin, digits. */
    static final String SPECIAL = "一⼀🄁统计GDP增长3.8%，“引号”（括号）。";

    static ParagraphSetter setter;
    static PageLayout bodyPage;

    @TempDir static Path tmp;
    static Path rgbImage;

    @BeforeAll static void setUp() throws Exception {
        setter = new ParagraphSetter(FontLibrary.shared());
        bodyPage = GeneratedPages.textPage(setter, SHEET, TEMPLATE, GeneratedPages.paragraphs(7, 60, 40, 220), 1, "s1");
        BufferedImage img = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 80; y++) for (int x = 0; x < 120; x++) img.setRGB(x, y, (x * 2) << 16 | (y * 3) << 8 | 0x40);
        rgbImage = tmp.resolve("photo.png");
        ImageIO.write(img, "png", rgbImage.toFile());
    }

    /** A page with a red headline, the special text, a photo, a missing photo, a rule and a box. */
    static PageLayout mixedPage(int number) {
        List<Mark> marks = new ArrayList<>();
        int x = TEMPLATE.marginLeft(), y = TEMPLATE.marginTop();
        marks.add(line(new Paragraph("报头", "排版日报"), SHEET.paragraph("报头").withAlignment(paiban.model.style.Alignment.LEFT),
                x, y + Units.pt(64), TEMPLATE.typeWidth(), "head"));
        marks.add(new RuleMark(x, y + Units.pt(80), x + TEMPLATE.typeWidth(), y + Units.pt(80), 1000, Cmyk.BLACK, false));
        marks.add(line(new Paragraph(StyleSheet.BODY, SPECIAL), SHEET.paragraph(StyleSheet.BODY), x,
                y + Units.pt(100), TEMPLATE.typeWidth(), "s2"));
        Rect photo = new Rect(x, y + Units.pt(120), Units.mm(60), Units.mm(40));
        marks.add(new ImageMark("photo", rgbImage, photo, new Rect(photo.x() - Units.mm(5), photo.y(), Units.mm(70), Units.mm(47))));
        Rect missing = new Rect(x + Units.mm(70), y + Units.pt(120), Units.mm(40), Units.mm(40));
        marks.add(new ImageMark("lost", null, missing, missing));
        marks.add(new BoxMark(new Rect(x, y + Units.mm(100), Units.mm(110), Units.mm(20)), new Cmyk(10, 0, 0, 0), Cmyk.BLACK, 500));
        return new PageLayout("p" + number, number, "第" + number + "版", TEMPLATE.trimWidth(), TEMPLATE.trimHeight(),
                marks, List.of());
    }

    static LineBox line(Paragraph p, ParagraphStyle style, int x, int baseline, int width, String story) {
        LineCursor c = setter.start(p, style, SHEET);
        ComposedLine cl = c.next(width);
        assertFalse(c.hasNext(), "fixture line fits: " + p.text());
        return new LineBox(x, baseline, width, cl.runs(), story, 0, cl.start(), cl.end());
    }

    private static PDDocument load(Path file) throws Exception {
        return Loader.loadPDF(file.toFile());
    }

    @Test void onePdfPerPageNamedByDateAndNumberWithTheLayoutsText() throws Exception {
        Path dir = tmp.resolve("pages");
        PageLayout mixed = mixedPage(3);
        PdfExporter.Result r = new PdfExporter(PdfSettings.defaults()).exportPages("排版日报", DATE,
                List.of(bodyPage, mixed), dir, PdfExporter.Progress.NONE);
        assertEquals(List.of(dir.resolve("20260425-01.pdf"), dir.resolve("20260425-03.pdf")), r.files());
        try (PDDocument d = load(r.files().get(0))) {
            assertEquals(1, d.getNumberOfPages());
            String expected = PdfChecks.layoutText(bodyPage);
            assertTrue(expected.length() > 3000, "a full page of text: " + expected.length());
            assertEquals(expected, PdfChecks.pageText(d, 0));
        }
        try (PDDocument d = load(r.files().get(1))) {
            assertEquals(PdfChecks.layoutText(mixed), PdfChecks.pageText(d, 0));
            assertTrue(PdfChecks.pageText(d, 0).contains(SPECIAL), "一, ⼀ and 🄁 come back as they were");
        }
        try (var files = Files.list(dir)) {
            assertEquals(2, files.count(), "no temporary files left");
        }
    }

    @Test void pagesExportedInParallelEachHoldTheirOwnText() throws Exception {
        List<PageLayout> pages = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            pages.add(GeneratedPages.textPage(setter, SHEET, TEMPLATE, GeneratedPages.paragraphs(100 + i, 20, 40, 200), i, "s" + i));
        }
        Path dir = tmp.resolve("parallel");
        PdfExporter.Result r = new PdfExporter(PdfSettings.defaults().withParallel(true)).exportPages("p", DATE, pages, dir,
                PdfExporter.Progress.NONE);
        for (int i = 0; i < pages.size(); i++) {
            try (PDDocument d = load(r.files().get(i))) {
                assertEquals(PdfChecks.layoutText(pages.get(i)), PdfChecks.pageText(d, 0), "page " + (i + 1));
                PdfChecks.assertFontsEmbeddedAndSubset(d);
            }
        }
    }

    @Test void interruptingTheExportCancelsItAndLeavesNoFile() throws Exception {
        Path dir = tmp.resolve("cancelled");
        Thread.currentThread().interrupt();
        try {
            org.junit.jupiter.api.Assertions.assertThrows(java.io.InterruptedIOException.class, () -> new PdfExporter(
                    PdfSettings.defaults()).exportEdition("p", DATE, List.of(bodyPage), dir, PdfExporter.Progress.NONE));
        } finally {
            Thread.interrupted();
        }
        try (var files = Files.list(dir)) {
            assertEquals(0, files.count(), "nothing written, no temporary file");
        }
    }

    @Test void singlePdfHoldsEveryPageWithLabelsAndPrintMetadata() throws Exception {
        PageLayout mixed = mixedPage(2);
        PdfExporter.Result r = new PdfExporter(PdfSettings.defaults()).exportEdition("排版日报", DATE,
                List.of(bodyPage, mixed), tmp.resolve("single"), PdfExporter.Progress.NONE);
        assertEquals(List.of(tmp.resolve("single").resolve("20260425.pdf")), r.files());
        try (PDDocument d = load(r.files().get(0))) {
            assertEquals(2, d.getNumberOfPages());
            assertEquals(PdfChecks.layoutText(bodyPage), PdfChecks.pageText(d, 0));
            assertEquals(PdfChecks.layoutText(mixed), PdfChecks.pageText(d, 1));
            assertEquals(List.of("一版", "第2版"), List.of(d.getDocumentCatalog().getPageLabels().getLabelsByPageIndices()));
            assertEquals("排版日报 2026-04-25", d.getDocumentInformation().getTitle());
            assertEquals("Paiban 排版", d.getDocumentInformation().getCreator());
            COSArray intents = (COSArray) d.getDocumentCatalog().getCOSObject().getDictionaryObject(COSName.OUTPUT_INTENTS);
            COSDictionary intent = (COSDictionary) intents.getObject(0);
            assertEquals("GTS_PDFX", intent.getNameAsString(COSName.S));
            assertEquals("CGATS TR 002", intent.getString(COSName.getPDFName("OutputConditionIdentifier")));
            assertTrue(d.getVersion() <= 1.4f, "PDF 1.4 for PDF/X-1a");
            assertEquals(2, PdfChecks.assertFontsEmbeddedAndSubset(d), "宋体 and 黑体 (报头)");
        }
    }

    @Test void everyFontIsEmbeddedSubsetType0WithToUnicode() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(bodyPage), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, PdfChecks.assertFontsEmbeddedAndSubset(d));
        }
        assertTrue(out.size() < 300_000, "text-only page under 300 KB: " + out.size());
    }

    @Test void captionsAreSetAndEmbeddedInTheKaiFace() throws Exception {
        String caption = "图为滨江岸线夜景，市民在江边散步。（本报记者 王晓 摄）";
        int x = TEMPLATE.marginLeft(), y = TEMPLATE.marginTop();
        PageLayout page = new PageLayout("p1", 1, "第一版", TEMPLATE.trimWidth(), TEMPLATE.trimHeight(),
                List.of(line(new Paragraph("图片说明", caption), SHEET.paragraph("图片说明"), x, y + Units.pt(20),
                        TEMPLATE.typeWidth(), "cap")), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(page), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            assertEquals(1, PdfChecks.assertFontsEmbeddedAndSubset(d));
            var res = d.getPage(0).getResources();
            String font = res.getFont(res.getFontNames().iterator().next()).getName();
            assertTrue(font.endsWith("+" + FontLibrary.KAI), "the caption's face: " + font);
            assertEquals(PdfChecks.squeeze(caption), PdfChecks.pageText(d, 0));
        }
    }

    @Test void pageBoxesNestAndTrimBoxIsTheTrimmedPage() throws Exception {
        for (boolean marks : new boolean[] {false, true}) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            new PdfExporter(PdfSettings.defaults().withCropMarks(marks)).write(List.of(bodyPage, mixedPage(2)), "t", out);
            try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
                for (PDPage p : d.getPages()) {
                    PdfChecks.assertBoxesNested(p);
                    assertEquals(Units.toPt(TEMPLATE.trimWidth()), p.getTrimBox().getWidth(), 0.01);
                    assertEquals(Units.toPt(TEMPLATE.trimHeight()), p.getTrimBox().getHeight(), 0.01);
                    assertEquals(Units.toPt(TEMPLATE.trimWidth() + 2 * Units.mm(3)), p.getBleedBox().getWidth(), 0.01);
                    String content = new String(p.getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
                    if (marks) {
                        assertTrue(p.getMediaBox().getWidth() > p.getBleedBox().getWidth() + 20, "room for crop marks");
                        assertTrue(content.contains("1 1 1 1 K"), "crop marks in registration");
                    } else {
                        assertEquals(p.getBleedBox().getWidth(), p.getMediaBox().getWidth(), 0.01);
                        assertFalse(content.contains("1 1 1 1 K"), "no crop marks");
                    }
                }
            }
        }
    }

    @Test void onlyCmykAndGrayInContentAndImagesAndBlackTextOverprints() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> warnings = new PdfExporter(PdfSettings.defaults().withCropMarks(true))
                .write(List.of(bodyPage, mixedPage(2)), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PdfChecks.assertOnlyCmykOrGray(d);
            PdfChecks.assertNoTransparency(d);
            PdfChecks.assertInk(d, 0, true);
            PdfChecks.assertInk(d, -1, false);
            var xobjects = d.getPage(1).getResources().getXObjectNames();
            assertTrue(xobjects.iterator().hasNext(), "the RGB photo is placed (converted)");
        }
        assertEquals(1, warnings.size(), "one missing image: " + warnings);
        assertTrue(warnings.get(0).contains("lost") && warnings.get(0).contains("grey box"), warnings.get(0));
    }

    @Test void bodyTextIsWrittenAsGlyphCodesNotReencoded() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(mixedPage(1)), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            String content = new String(d.getPage(0).getContents().readAllBytes(), java.nio.charset.StandardCharsets.ISO_8859_1);
            assertTrue(content.contains("] TJ"), "TJ arrays");
            assertTrue(content.contains("0 0 0 1 k"), "100 K fill");
            assertTrue(content.contains("/GSop gs"), "overprint state");
        }
    }

    @Test void unreadableImageIsAGreyBoxAndAWarning() throws Exception {
        Path bad = tmp.resolve("broken.jpg");
        Files.writeString(bad, "not a jpeg");
        Rect r = new Rect(Units.mm(20), Units.mm(20), Units.mm(30), Units.mm(30));
        PageLayout p = new PageLayout("p1", 1, "第一版", TEMPLATE.trimWidth(), TEMPLATE.trimHeight(),
                List.of(new ImageMark("pic", bad, r, r)), List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        List<String> w = new PdfExporter(PdfSettings.defaults()).write(List.of(p), "t", out);
        assertEquals(1, w.size());
        assertTrue(w.get(0).contains("broken.jpg"), w.get(0));
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            assertFalse(d.getPage(0).getResources().getXObjectNames().iterator().hasNext());
        }
    }

    static PageLayout imagePage(Path file) {
        Rect r = new Rect(Units.mm(20), Units.mm(20), Units.mm(40), Units.mm(30));
        return new PageLayout("p1", 1, "第一版", TEMPLATE.trimWidth(), TEMPLATE.trimHeight(),
                List.of(new ImageMark("pic", file, r, r)), List.of());
    }

    static org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject onlyImage(PDDocument d) throws Exception {
        var res = d.getPage(0).getResources();
        var names = new ArrayList<COSName>();
        res.getXObjectNames().forEach(names::add);
        assertEquals(1, names.size());
        return (org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject) res.getXObject(names.get(0));
    }

    @Test void rgbJpegPhotoBecomesACmykJpegOfTheSameColour() throws Exception {
        BufferedImage img = new BufferedImage(80, 60, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 60; y++) for (int x = 0; x < 80; x++) img.setRGB(x, y, 0xD02020);
        Path jpg = tmp.resolve("red.jpg");
        ImageIO.write(img, "jpeg", jpg.toFile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertEquals(List.of(), new PdfExporter(PdfSettings.defaults()).write(List.of(imagePage(jpg)), "t", out));
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            var xo = onlyImage(d);
            assertEquals("DeviceCMYK", xo.getColorSpace().getName());
            assertEquals(COSName.DCT_DECODE, xo.getCOSObject().getDictionaryObject(COSName.FILTER));
            int rgb = xo.getImage().getRGB(40, 30);
            int r = rgb >> 16 & 0xFF, g = rgb >> 8 & 0xFF, b = rgb & 0xFF;
            assertTrue(r > 150 && g < 100 && b < 100, "still red after conversion: " + Integer.toHexString(rgb));
            PdfChecks.assertOnlyCmykOrGray(d);
        }
    }

    @Test void pixelsBeyond300ppiAtThePlacedSizeAreResampledAway() throws Exception {
        BufferedImage img = new BufferedImage(1200, 900, BufferedImage.TYPE_INT_RGB);
        Path big = tmp.resolve("big.png");
        ImageIO.write(img, "png", big.toFile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(imagePage(big)), "t", out); // placed 40 × 30 mm
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            var xo = onlyImage(d);
            int max = (int) Math.ceil(40 / 25.4 * 300);
            assertTrue(xo.getWidth() <= max && xo.getWidth() >= max - 2, "width " + xo.getWidth() + " for 300 ppi: " + max);
        }
    }

    @Test void greyPngStaysGreyAndLossless() throws Exception {
        BufferedImage img = new BufferedImage(50, 50, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 50; y++) for (int x = 0; x < 50; x++) img.getRaster().setSample(x, y, 0, x * 5);
        Path png = tmp.resolve("grey.png");
        ImageIO.write(img, "png", png.toFile());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(imagePage(png)), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            var xo = onlyImage(d);
            assertEquals("DeviceGray", xo.getColorSpace().getName());
            assertEquals(COSName.FLATE_DECODE, xo.getCOSObject().getDictionaryObject(COSName.FILTER));
            assertEquals(125, xo.getImage().getRaster().getSample(25, 10, 0), "samples kept exactly");
        }
    }
}
