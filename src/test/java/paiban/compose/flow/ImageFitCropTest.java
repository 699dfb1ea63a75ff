package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.ImageMark;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.ImageFit;
import paiban.model.frame.ImageFrame;
import paiban.model.unit.Units;
import paiban.preflight.Finding;
import paiban.preflight.Preflight;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * An image frame's fit, crop and turn, from the layout through preflight to
 * the PDF read back: "fill" covers the frame and is cut at its edges, the
 * effective ppi is what preflight reports, and a quarter turn prints the
 * file's left edge along the top.
 */
class ImageFitCropTest {
    static final PageTemplate T = Editions.T;
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());
    /** Red left half, blue right half; 400 × 100 pixels. */
    static final int RED = 0xdd0000, BLUE = 0x0000dd;

    @TempDir Path dir;

    static Path halves(Path file) throws Exception {
        BufferedImage bi = new BufferedImage(400, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++) for (int x = 0; x < 400; x++) bi.setRGB(x, y, x < 200 ? RED : BLUE);
        ImageIO.write(bi, "png", file.toFile());
        return file;
    }

    /** A 60 × 60 mm frame on page p2 holding the picture. */
    static final Rect FRAME = new Rect(T.marginLeft() + Units.mm(20), T.lineTop(10), Units.mm(60), Units.mm(60));

    Edition edition(ImageFrame image) {
        Edition e = Editions.jumping(3, 100);
        Page p2 = e.page("p2").orElseThrow();
        return e.withPage(p2.withFrames(List.of(image)));
    }

    static ImageMark mark(EditionLayout layout) {
        for (Mark m : layout.page("p2").orElseThrow().marks()) if (m instanceof ImageMark im) return im;
        throw new AssertionError("no image mark");
    }

    @Test
    void fillCoversTheFrameIsCutAtItsEdgesAndReportsItsPpi() throws Exception {
        halves(dir.resolve("wide.png"));
        Edition e = edition(new ImageFrame("photo", FRAME, "wide.png", ""));
        EditionLayout layout = COMPOSER.compose(e, dir);
        ImageMark m = mark(layout);
        assertEquals(FRAME, m.clip(), "clipped at the frame");
        assertEquals(FRAME.height(), m.placement().height(), "as high as the frame");
        assertEquals(4 * FRAME.height(), m.placement().width(), "four times as wide: cut at both sides");
        double ppi = ImagePlacement.ppi(400, 100, m.placement(), 0);
        assertEquals(100 / (Units.toMm(FRAME.height()) / 25.4), ppi, 0.5, "100 pixels over 60 mm");

        List<Finding> findings = new Preflight(FontLibrary.shared()).check(e, layout, dir);
        Finding low = findings.stream().filter(f -> f.code().equals("low-resolution")).findFirst().orElseThrow();
        assertEquals("photo", low.frameId());
        assertTrue(low.message().contains(Long.toString((long) Math.floor(ppi))), low.message());

        // read back: the middle of the frame is where red meets blue, outside the frame is paper
        BufferedImage print = print(layout.page("p2").orElseThrow());
        int[] left = px(FRAME.x() + Units.mm(5), FRAME.y() + Units.mm(30));
        int[] right = px(FRAME.right() - Units.mm(5), FRAME.y() + Units.mm(30));
        assertTrue(red(print.getRGB(left[0], left[1])), hex(print.getRGB(left[0], left[1])));
        assertTrue(blue(print.getRGB(right[0], right[1])), hex(print.getRGB(right[0], right[1])));
        int[] outside = px(FRAME.x() - Units.mm(5), FRAME.y() + Units.mm(30));
        int[] beyond = px(FRAME.right() + Units.mm(5), FRAME.y() + Units.mm(30));
        assertEquals(0xffffff, print.getRGB(outside[0], outside[1]) & 0xffffff, "the picture's overflow is clipped");
        assertEquals(0xffffff, print.getRGB(beyond[0], beyond[1]) & 0xffffff, "the picture's overflow is clipped");
    }

    @Test
    void theOtherFitsPlaceAsTheirNamesSay() throws Exception {
        halves(dir.resolve("wide.png"));
        Rect fit = mark(COMPOSER.compose(edition(new ImageFrame("photo", FRAME, "wide.png", "").withPlacement(
                ImageFit.FIT, 1, 0, 0)), dir)).placement();
        assertEquals(FRAME.width(), fit.width());
        assertEquals(FRAME.height() / 4, fit.height(), 1);
        Rect width = mark(COMPOSER.compose(edition(new ImageFrame("photo", FRAME, "wide.png", "").withPlacement(
                ImageFit.FILL_WIDTH, 1, 0, 0)), dir)).placement();
        assertEquals(FRAME.width(), width.width());
        Rect height = mark(COMPOSER.compose(edition(new ImageFrame("photo", FRAME, "wide.png", "").withPlacement(
                ImageFit.FILL_HEIGHT, 1, 0, 0)), dir)).placement();
        assertEquals(FRAME.height(), height.height());
        Rect original = mark(COMPOSER.compose(edition(new ImageFrame("photo", FRAME, "wide.png", "").withPlacement(
                ImageFit.ORIGINAL, 1, 0, 0)), dir)).placement();
        assertEquals(new Rect(0, 0, 400_000, 100_000), new Rect(0, 0, original.width(), original.height()), "1 px a point");
        Rect manual = mark(COMPOSER.compose(edition(new ImageFrame("photo", FRAME, "wide.png", "").withPlacement(
                ImageFit.MANUAL, 0.5, -Units.mm(10), Units.mm(3))), dir)).placement();
        assertEquals(new Rect(FRAME.x() - Units.mm(10), FRAME.y() + Units.mm(3), 200_000, 50_000), manual);
    }

    @Test
    void aQuarterTurnPrintsTheLeftEdgeAlongTheTop() throws Exception {
        halves(dir.resolve("wide.png"));
        EditionLayout layout = COMPOSER.compose(edition(new ImageFrame("photo", FRAME, "wide.png", "")
                .withPlacement(ImageFit.FIT, 1, 0, 0).withRotation(1)), dir);
        ImageMark m = mark(layout);
        assertEquals(1, m.rotation());
        assertEquals(FRAME.height(), m.placement().height(), "turned, the long side runs down the frame");
        assertEquals(FRAME.height() / 4, m.placement().width(), 1);
        BufferedImage print = print(layout.page("p2").orElseThrow());
        int cx = FRAME.x() + FRAME.width() / 2;
        int[] top = px(cx, FRAME.y() + Units.mm(5)), bottom = px(cx, FRAME.bottom() - Units.mm(5));
        // clockwise: the file's left (red) half is now on top
        assertTrue(red(print.getRGB(top[0], top[1])), hex(print.getRGB(top[0], top[1])));
        assertTrue(blue(print.getRGB(bottom[0], bottom[1])), hex(print.getRGB(bottom[0], bottom[1])));

        BufferedImage back = print(COMPOSER.compose(edition(new ImageFrame("photo", FRAME, "wide.png", "")
                .withPlacement(ImageFit.FIT, 1, 0, 0).withRotation(3)), dir).page("p2").orElseThrow());
        assertTrue(blue(back.getRGB(top[0], top[1])), "three turns: blue on top " + hex(back.getRGB(top[0], top[1])));
        assertTrue(red(back.getRGB(bottom[0], bottom[1])), hex(back.getRGB(bottom[0], bottom[1])));
    }

    /** Pixels per point of the read-back page. */
    static final double SCALE = 1;

    static int[] px(int xMpt, int yMpt) {
        return new int[] {(int) Math.round(xMpt / 1000.0 * SCALE), (int) Math.round(yMpt / 1000.0 * SCALE)};
    }

    static BufferedImage print(PageLayout page) throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults().withBleed(0).withCropMarks(false)).write(List.of(page), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            return new PDFRenderer(d).renderImageWithDPI(0, (float) (72 * SCALE), ImageType.RGB);
        }
    }

    static boolean red(int rgb) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return r > g + 80 && r > b + 80;
    }

    static boolean blue(int rgb) {
        int r = (rgb >> 16) & 255, g = (rgb >> 8) & 255, b = rgb & 255;
        return b > r + 60 && b > g + 20;
    }

    static String hex(int rgb) { return Integer.toHexString(rgb & 0xffffff); }
}
