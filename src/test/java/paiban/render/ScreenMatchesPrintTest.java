package paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * The canvas draws the glyphs the PDF carries: the same composed line, drawn by
 * {@link FxPainter} and rendered from the exported PDF by PDFBox, looks the same
 * glyph for glyph, including a character set from a fallback face (𠮷 in 宋体
 * comes from 楷体); a character no face has is red on the screen and absent from print.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenMatchesPrintTest {
    static final int PT = 1000;
    /** Two pixels per point on both sides. */
    static final double SCALE = 2;
    static final int SIZE = 40 * PT;
    static final int W = 300, H = 60;
    /** Largest mean grey difference allowed in a tile of 8×8 pixels between two rasterizers. */
    static final double TOLERANCE = 40;

    @Start
    void start(Stage s) {
        // the toolkit is all these tests need
    }

    static LineBox line(String text, FontFamily family) {
        ParagraphStyle style = new ParagraphStyle("正文", family, false, SIZE, 1, 0, Alignment.LEFT, 0, 0,
                ProhibitionLevel.STRICT, Cmyk.BLACK);
        ComposedLine l = new ParagraphSetter(FontLibrary.shared()).start(new Paragraph("正文", text), style,
                DefaultStyles.forBody(SIZE)).next((W - 20) * PT);
        return new LineBox(10 * PT, 45 * PT, (W - 20) * PT, l.runs(), "s", 0, 0, text.length());
    }

    static PageLayout page(LineBox line) {
        return new PageLayout("p", 1, "第一版", W * PT, H * PT, List.of(line), List.of());
    }

    static BufferedImage screen(PageLayout page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(W * SCALE, H * SCALE);
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(), new ScreenTransform(SCALE / PT, 0, 0)));
            return SwingFXUtils.fromFXImage(c.snapshot(null, null), null);
        }).get();
    }

    static BufferedImage print(PageLayout page) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults().withBleed(0).withCropMarks(false)).write(List.of(page), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            return new PDFRenderer(d).renderImageWithDPI(0, (float) (72 * SCALE), ImageType.RGB);
        }
    }

    static int grey(BufferedImage img, int x, int y) {
        int rgb = img.getRGB(x, y);
        return (((rgb >> 16) & 255) * 30 + ((rgb >> 8) & 255) * 59 + (rgb & 255) * 11) / 100;
    }

    /** Largest mean grey difference over 8×8 tiles of the box [x0, x1) × [0, height). */
    static double difference(BufferedImage a, BufferedImage b, int x0, int x1) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        double worst = 0;
        for (int ty = 0; ty < a.getHeight(); ty += 8)
            for (int tx = x0; tx < x1; tx += 8) {
                long sum = 0;
                int n = 0;
                for (int y = ty; y < Math.min(ty + 8, a.getHeight()); y++)
                    for (int x = tx; x < Math.min(tx + 8, x1); x++) {
                        sum += Math.abs(grey(a, x, y) - grey(b, x, y));
                        n++;
                    }
                worst = Math.max(worst, (double) sum / n);
            }
        return worst;
    }

    /** Pixel x range of glyph {@code i} of the line's runs, counted over all runs. */
    static int[] box(LineBox line, int i) {
        for (GlyphRun r : line.runs()) {
            if (i < r.length()) {
                int x = line.x() + r.xs()[i];
                return new int[] {(int) (x * SCALE / PT), (int) ((x + r.advances()[i]) * SCALE / PT)};
            }
            i -= r.length();
        }
        throw new AssertionError();
    }

    @Test
    void theScreenShowsTheGlyphsOfThePdfIncludingFallbacks() throws Exception {
        LineBox line = line("吉\uD842\uDFB7祥\uD83D\uDE00如意", FontFamily.SONG);
        assertEquals("吉\uD842\uDFB7祥\uD83D\uDE00如意", line.text(), "one line");
        assertEquals(FontLibrary.KAI, line.runs().get(1).face().name(), "𠮷 is set in 楷体");
        PageLayout page = page(line);
        BufferedImage screen = screen(page), print = print(page);
        int[] smile = box(line, 3);
        // the red mark's outline reaches a few pixels past the glyph's box
        double before = difference(screen, print, 0, smile[0] - 8);
        double after = difference(screen, print, smile[1] + 8, screen.getWidth());
        assertTrue(before <= TOLERANCE && after <= TOLERANCE, "screen and print differ: " + before + ", " + after);
        int[] ji = box(line, 1);
        assertTrue(ink(print, ji[0], ji[1]) > 0.05, "𠮷 printed");
        assertTrue(ink(screen, ji[0], ji[1]) > 0.05, "𠮷 on screen");
        assertEquals(0, ink(print, smile[0] + 1, smile[1] - 1), 0.001, "😀 leaves nothing in print");
        assertTrue(red(screen, smile[0], smile[1]), "😀 is marked red on the screen");
    }

    /** The comparison sees a glyph from another face: the screen in 黑体 against print in 宋体. */
    @Test
    void theComparisonNoticesAnotherFace() throws Exception {
        BufferedImage song = print(page(line("吉祥如意", FontFamily.SONG)));
        BufferedImage hei = screen(page(line("吉祥如意", FontFamily.HEI)));
        assertTrue(difference(hei, song, 0, hei.getWidth()) > TOLERANCE * 3,
                "黑体 against 宋体: " + difference(hei, song, 0, hei.getWidth()));
    }

    /** Mean darkness of the box [x0, x1) over the whole height: 0 paper, 1 solid ink. */
    static double ink(BufferedImage img, int x0, int x1) {
        long sum = 0;
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = x0; x < x1; x++) {
                sum += 255 - grey(img, x, y);
                n++;
            }
        return sum / 255.0 / n;
    }

    static boolean red(BufferedImage img, int x0, int x1) {
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = x0; x < x1; x++) {
                int rgb = img.getRGB(x, y);
                int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
                if (r > 180 && g < 60 && b < 60) return true;
            }
        return false;
    }
}
