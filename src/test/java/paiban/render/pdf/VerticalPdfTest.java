package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.compose.flow.VerticalEditions;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;

/**
 * A vertical 主题 and story beside a horizontal story, exported and read back: the text extracts in
 * reading order and PDFBox's rendering shows 。 in the upper right of its cell in the vertical
 * column, in the lower left in the horizontal one.
 */
class VerticalPdfTest {
    private static final float DPI = 150;

    private static byte[] export(EditionLayout layout) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(new PdfSettings(0, false, false)).write(layout.pages(), "竖排", out);
        return out.toByteArray();
    }

    @Test void verticalTextExtractsInReadingOrder() throws Exception {
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(VerticalEditions.page());
        try (PDDocument doc = Loader.loadPDF(export(layout))) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false); // content-stream order: each column's glyphs top to bottom
            String text = stripper.getText(doc).replaceAll("\\s", "");
            for (String s : new String[] {"春风又绿江南岸滨江两岸迎来新春", "「春天来了」，他说。《人民日报》——4月27日报道……",
                    "本报讯记者从市政府获悉，今年全市经济运行总体平稳，GDP增长5.2%"}) {
                assertTrue(text.contains(s), () -> s + " not in reading order in:\n" + text);
            }
        }
    }

    @Test void theFullStopSitsInTheUpperRightOfItsVerticalCell() throws Exception {
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(VerticalEditions.page());
        PageLayout page = layout.pages().get(0);
        LineBox col = null;
        LineBox horizontal = null;
        for (var m : page.marks()) {
            if (m instanceof LineBox b && b.paragraph() == 2 && b.storyId().equals("v")) col = b;
            if (m instanceof LineBox b && horizontal == null && b.storyId().equals("h") && b.text().contains("。")) horizontal = b;
        }
        assertTrue(col != null && horizontal != null);
        BufferedImage img;
        try (PDDocument doc = Loader.loadPDF(export(layout))) {
            img = new PDFRenderer(doc).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
        GlyphRun run = col.runs().get(0);
        int stop = run.text().indexOf('。');
        int size = run.size();
        // the cell: one em across the axis, one em down from the glyph's top
        double[] ink = inkCentre(img, col.baseline() - size / 2, col.x() + run.xs()[stop], size, size);
        assertTrue(ink[0] > 0.5 && ink[1] < 0.5, () -> "vertical 。 not upper right: " + ink[0] + ", " + ink[1]);

        GlyphRun h = null;
        int hi = -1;
        for (GlyphRun r : horizontal.runs()) if (r.text().indexOf('。') >= 0) { h = r; hi = r.text().indexOf('。'); break; }
        int hs = h.size();
        double[] hink = inkCentre(img, horizontal.x() + h.xs()[hi], horizontal.baseline() - hs * 880 / 1000, hs, hs);
        assertTrue(hink[0] < 0.5 && hink[1] > 0.5, () -> "horizontal 。 not lower left: " + hink[0] + ", " + hink[1]);
    }

    /** Centre of the dark pixels in a layout rectangle, as fractions of its width and height. */
    private static double[] inkCentre(BufferedImage img, int x, int y, int w, int h) {
        double s = DPI / 72.0 / 1000.0;
        int x0 = (int) Math.floor(x * s), y0 = (int) Math.floor(y * s);
        int x1 = (int) Math.ceil((x + w) * s), y1 = (int) Math.ceil((y + h) * s);
        double sx = 0, sy = 0, n = 0;
        for (int py = y0; py < y1; py++) {
            for (int px = x0; px < x1; px++) {
                int grey = img.getRaster().getSample(px, py, 0);
                double dark = (255 - grey) / 255.0;
                sx += dark * (px + 0.5 - x0) / (x1 - x0);
                sy += dark * (py + 0.5 - y0) / (y1 - y0);
                n += dark;
            }
        }
        assertTrue(n > 1, "no ink in the cell");
        return new double[] {sx / n, sy / n};
    }
}
