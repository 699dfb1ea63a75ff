package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.AdFrame;
import paiban.model.frame.Frame;
import paiban.model.style.DefaultStyles;
import paiban.model.unit.Units;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.preflight.Severity;
import paiban.render.placed.AdPdfs;

/**
 * Ads supplied as PDF go to print as they are: the page with two placed ad
 * PDFs is rendered back and looked at where the ads should be, and preflight
 * finds what the plant would find in them, and nothing in the good one.
 */
class PlacedAdExportTest {
    static final PageTemplate T = PageTemplate.sikai();
    static final Rect GOOD = new Rect(Units.mm(30), Units.mm(40), Units.mm(80), Units.mm(50));
    static final Rect BAD = new Rect(Units.mm(140), Units.mm(40), Units.mm(60), Units.mm(40));
    static final float SCALE = 4; // pixels per point: 0.5 mm is 5.7 pixels

    @TempDir Path dir;

    static Edition edition(List<Page> pages) {
        return new Edition("排版日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(Units.pt(9)), pages, List.of());
    }

    static Page page(String id, Frame... frames) {
        return new Page(id, "", "广告", T.name(), List.of(frames));
    }

    @Test
    void twoPlacedAdsPrintAsVectorsInTheirFramesAndOnlyTheBadOneIsFlagged() throws Exception {
        Files.createDirectories(dir.resolve("ads"));
        AdPdfs.good(dir.resolve("ads/good.pdf"), 80, 50);
        AdPdfs.rgbUnembedded(dir.resolve("ads/bad.pdf"), 60, 40);
        AdFrame good = new AdFrame("adA", GOOD, "好公司", "ads/good.pdf", null, false, "");
        AdFrame bad = new AdFrame("adB", BAD, "坏公司", "ads/bad.pdf", null, false, "");
        Edition e = edition(List.of(page("p1", good, bad)));
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e, dir);

        PdfExporter.Result result = new PdfExporter(PdfSettings.defaults()).exportPages(e.name(), e.date(),
                layout.pages(), dir.resolve("out"), PdfExporter.Progress.NONE);
        assertEquals(List.of(), result.warnings());
        paiban.Screenshots.folder();
        Files.copy(result.files().get(0), paiban.Screenshots.folder().resolve("placed-ads.pdf"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        try (PDDocument pdf = Loader.loadPDF(result.files().get(0).toFile())) {
            PDPage p = pdf.getPage(0);
            int forms = 0;
            for (COSName n : p.getResources().getXObjectNames()) {
                PDXObject xo = p.getResources().getXObject(n);
                if (xo instanceof PDFormXObject) forms++;
            }
            assertEquals(2, forms, "each ad is a form XObject");
            assertTrue(PdfChecks.pageText(pdf, 0).contains("排版广告AD"), "the good ad's text is text, not pixels");
            assertTrue(PdfChecks.pageText(pdf, 0).contains("RGBAD"), "the bad ad's text is text too");

            BufferedImage img = new PDFRenderer(pdf).renderImage(0, SCALE);
            PDRectangle trim = p.getTrimBox(), media = p.getMediaBox();
            Pixels px = new Pixels(img, trim, media);
            // the good ad: trim fitted to the frame exactly, its bleed clipped off
            assertLooks("cyan", px.at(GOOD, 0.6, 10), "image at the frame's left edge");
            assertLooks("white", px.at(GOOD, -0.6, 10), "the ad's bleed left of the frame is clipped");
            assertLooks("magenta", px.at(GOOD, 70, 10), "the ad's magenta ground");
            assertLooks("magenta", px.at(GOOD, 40.6, 10), "right of the image (half the trim width)");
            assertLooks("cyan", px.at(GOOD, 39.4, 24.4), "the image ends at half the width and height");
            assertLooks("magenta", px.at(GOOD, 39.4, 25.6), "below the image");
            assertLooks("magenta", px.at(GOOD, 79.4, 49.4), "the frame's bottom right corner");
            assertLooks("white", px.at(GOOD, 80.6, 49.4), "right of the frame");
            assertLooks("white", px.at(GOOD, 40, 50.6), "below the frame");
            assertLooks("white", px.at(GOOD, 40, -0.6), "above the frame");
            // the bad ad: its whole page in its frame
            assertLooks("blue", px.at(BAD, 0.6, 0.6), "top left");
            assertLooks("blue", px.at(BAD, 59.4, 39.4), "bottom right");
            assertLooks("white", px.at(BAD, 60.6, 20), "right of the frame");
            assertLooks("white", px.at(BAD, 30, 40.6), "below the frame");
        }

        List<Finding> findings = new Preflight(FontLibrary.shared()).check(e, layout, dir);
        List<Finding> ads = findings.stream().filter(f -> f.frameId().startsWith("ad")).toList();
        assertEquals(Set.of("ad-font", "ad-rgb"), ads.stream().map(Finding::code).collect(Collectors.toCollection(TreeSet::new)),
                findings.toString());
        assertEquals(2, ads.size(), findings.toString());
        for (Finding f : ads) {
            assertEquals("adB", f.frameId());
            assertEquals(Severity.ERROR, f.severity());
            assertTrue(f.message(Locale.SIMPLIFIED_CHINESE).contains("“坏公司”广告（adB）"), f.message(Locale.SIMPLIFIED_CHINESE));
            assertTrue(f.message(Locale.ENGLISH).contains("ad of 坏公司 (adB)"), f.message(Locale.ENGLISH));
        }
        assertTrue(ads.stream().anyMatch(f -> f.message(Locale.ENGLISH).endsWith("fonts not embedded: Helvetica")), ads.toString());
        assertTrue(ads.stream().anyMatch(f -> f.message(Locale.ENGLISH).contains("RGB colour (DeviceRGB)")), ads.toString());
    }

    @Test
    void aMissingAdIsALocatedErrorAndTheOtherPagesStillExport() throws Exception {
        AdPdfs.good(dir.resolve("good.pdf"), 80, 50);
        Files.writeString(dir.resolve("broken.pdf"), "%PDF-1.4\nnot really");
        AdFrame gone = new AdFrame("adGone", GOOD, "某银行", "ads/gone.pdf", null, false, "");
        AdFrame broken = new AdFrame("adBroken", BAD, "某酒店", "broken.pdf", null, false, "");
        AdFrame fine = new AdFrame("adFine", GOOD, "好公司", "good.pdf", null, false, "");
        AdFrame wrongSize = new AdFrame("adSize", new Rect(GOOD.x(), Units.mm(120), Units.mm(82), Units.mm(50)), "好公司",
                "good.pdf", 2, null, false, "");
        Edition e = edition(List.of(page("p1", gone, broken), page("p2", fine), page("p3", wrongSize)));
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e, dir);

        List<Finding> findings = new Preflight(FontLibrary.shared()).check(e, layout, dir).stream()
                .filter(f -> f.frameId().startsWith("ad")).toList();
        assertEquals(List.of("missing-ad", "unreadable-ad", "ad-page"), findings.stream().map(Finding::code).toList(),
                findings.toString());
        Finding missing = findings.get(0);
        assertEquals(Severity.ERROR, missing.severity());
        assertEquals("p1", missing.pageId());
        assertEquals("adGone", missing.frameId());
        assertEquals("第一版, frame adGone: ad of 某银行 (adGone): file ads/gone.pdf not found (looked at "
                + dir.resolve("ads/gone.pdf") + ")", missing.message(Locale.ENGLISH));
        assertEquals("第一版 “某银行”广告（adGone）的文件 ads/gone.pdf 缺失（查找位置：" + dir.resolve("ads/gone.pdf") + "）",
                missing.message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(findings.get(1).message(Locale.ENGLISH).contains("file broken.pdf cannot be read"), findings.get(1).message());
        assertEquals("第三版, frame adSize: ad of 好公司 (adSize): file good.pdf has 1 page(s), there is no page 2",
                findings.get(2).message(Locale.ENGLISH));

        // every page still exports: the missing ad as its placeholder, the broken one as a grey box with a warning
        PdfExporter.Result result = new PdfExporter(PdfSettings.defaults()).exportPages(e.name(), e.date(),
                layout.pages(), dir.resolve("out"), PdfExporter.Progress.NONE);
        assertEquals(3, result.files().size());
        for (Path f : result.files()) assertTrue(Files.size(f) > 0, f.toString());
        assertEquals(2, result.warnings().size(), result.warnings().toString());
        assertTrue(result.warnings().get(0).contains("adBroken"), result.warnings().toString());
        try (PDDocument pdf = Loader.loadPDF(result.files().get(1).toFile())) {
            PDPage p = pdf.getPage(0);
            Pixels px = new Pixels(new PDFRenderer(pdf).renderImage(0, SCALE), p.getTrimBox(), p.getMediaBox());
            assertLooks("magenta", px.at(GOOD, 70, 10), "page 2's ad is there");
        }
        try (PDDocument pdf = Loader.loadPDF(result.files().get(0).toFile())) {
            assertTrue(PdfChecks.pageText(pdf, 0).contains("某银行"), "the missing ad's frame shows its advertiser");
        }
    }

    /** Pixels of the rendered print page, found by layout position: mm from a frame's top-left corner. */
    record Pixels(BufferedImage img, PDRectangle trim, PDRectangle media) {
        int at(Rect frame, double xMm, double yMm) {
            double xPt = trim.getLowerLeftX() - media.getLowerLeftX() + Units.toPt(frame.x()) + xMm * 72 / 25.4;
            double yPt = media.getUpperRightY() - trim.getUpperRightY() + Units.toPt(frame.y()) + yMm * 72 / 25.4;
            return img.getRGB((int) Math.floor(xPt * SCALE), (int) Math.floor(yPt * SCALE));
        }
    }

    static void assertLooks(String colour, int rgb, String where) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        boolean ok = switch (colour) {
            case "white" -> r > 235 && g > 235 && b > 235;
            case "cyan" -> r < 100 && g > 120 && b > 180;
            case "magenta" -> r > 180 && g < 100 && b > 80;
            case "blue" -> r < 60 && g < 60 && b > 180;
            default -> throw new IllegalArgumentException(colour);
        };
        assertTrue(ok, where + ": expected " + colour + ", was rgb(" + r + "," + g + "," + b + ")");
    }
}
