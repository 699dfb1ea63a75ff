package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.font.FontFace;
import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.ImageMark;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.Rect;
import paiban.model.style.Cmyk;
import paiban.model.unit.Units;

/**
 * Renders an exported page with PDFBox and compares it with a committed
 * reference image. The page is set by hand from font metrics (not by the
 * line composer), so the reference only changes when the exporter does.
 * Regenerate with {@code -Dpaiban.writeReference=true} after an intended change, and look at it.
 */
class PdfRenderReferenceTest {
    static final String REFERENCE = "/paiban/render/pdf/reference-page.png";
    static final float DPI = 72;
    /** Compared in tiles of this many pixels square, so a local change is not averaged away by the page. */
    static final int TILE = 8;
    /**
     * Largest mean grey difference allowed in any tile: anti-aliasing and rounding noise stay
     * far below, a changed or moved character goes far above.
     */
    static final double TILE_TOLERANCE = 12;

    @TempDir Path tmp;

    static GlyphRun run(FontFace face, int size, Cmyk color, String text, int tracking) {
        return run(face, size, color, text, tracking, 0);
    }

    static GlyphRun run(FontFace face, int size, Cmyk color, String text, int tracking, int x0) {
        int n = text.codePointCount(0, text.length());
        int[] g = new int[n], xs = new int[n], adv = new int[n], src = new int[n];
        int x = x0, i = 0;
        for (int off = 0; off < text.length(); ) {
            int cp = text.codePointAt(off);
            g[i] = face.glyphId(cp);
            adv[i] = face.advance(g[i], size);
            xs[i] = x;
            src[i] = off;
            x += adv[i] + tracking;
            off += Character.charCount(cp);
            i++;
        }
        return new GlyphRun(face, size, color, g, xs, adv, text, src);
    }

    static PageLayout page(Path photo, String bodyText) {
        FontLibrary fonts = FontLibrary.shared();
        FontFace song = fonts.face(FontLibrary.SERIF), heiBold = fonts.face(FontLibrary.SANS_BOLD);
        int w = Units.mm(148), h = Units.mm(105), m = Units.mm(10);
        List<Mark> marks = new ArrayList<>();
        marks.add(new BoxMark(new Rect(0, 0, w, Units.mm(22)), new Cmyk(100, 0, 0, 0), null, 0));
        marks.add(new LineBox(m, Units.mm(16), w - 2 * m,
                List.of(run(heiBold, Units.pt(30), Cmyk.WHITE, "排版日报", Units.pt(4))), "", -1, 0, 4));
        marks.add(new RuleMark(m, Units.mm(26), w - m, Units.mm(26), Units.pt(1.5), Cmyk.BLACK, false));
        marks.add(new RuleMark(m, Units.mm(27.5), w - m, Units.mm(27.5), Units.pt(0.5), Cmyk.BLACK, true));
        int size = Units.pt(12), pitch = Units.pt(18);
        for (int i = 0; i < 5; i++) {
            String t = bodyText.substring(i * 10, i * 10 + 10);
            marks.add(new LineBox(m, Units.mm(36) + i * pitch, Units.mm(70), List.of(run(song, size, Cmyk.BLACK, t, 0)),
                    "s", 0, i * 10, i * 10 + 10));
        }
        marks.add(new LineBox(m, Units.mm(36) + 5 * pitch, Units.mm(70),
                List.of(run(heiBold, size, Cmyk.RED, "红字强调", 0), run(song, size, Cmyk.BLACK, "与黑字。", 0, 4 * size)), "s", 1, 0, 8));
        Rect frame = new Rect(Units.mm(88), Units.mm(32), Units.mm(50), Units.mm(40));
        marks.add(new ImageMark("photo", photo, frame, new Rect(frame.x() - Units.mm(5), frame.y() - Units.mm(5),
                Units.mm(60), Units.mm(50))));
        marks.add(new BoxMark(frame, null, Cmyk.BLACK, Units.pt(0.5)));
        marks.add(new BoxMark(new Rect(m, Units.mm(80), Units.mm(70), Units.mm(15)), new Cmyk(0, 0, 0, 15), Cmyk.RED, Units.pt(1)));
        return new PageLayout("p1", 1, "第一版", w, h, marks, List.of());
    }

    static Path photo(Path dir) throws Exception {
        BufferedImage img = new BufferedImage(120, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 100; y++)
            for (int x = 0; x < 120; x++) {
                int r = x * 2, g = y * 2, b = ((x / 20 + y / 20) % 2) * 200;
                img.setRGB(x, y, r << 16 | g << 8 | b);
            }
        Path p = dir.resolve("photo.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    static BufferedImage render(PageLayout page) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults().withCropMarks(true)).write(List.of(page), "reference", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            return new PDFRenderer(d).renderImageWithDPI(0, DPI, ImageType.GRAY);
        }
    }

    static final String BODY = "新华社北京四月二十五日电记者从国家统计局获悉今年一季度国内生产总值同比增长百分之五点三经济运行开局良好";

    /** Largest mean grey difference over the tiles of two images; 255 when their sizes differ. */
    static double difference(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) return 255;
        double worst = 0;
        for (int ty = 0; ty < a.getHeight(); ty += TILE)
            for (int tx = 0; tx < a.getWidth(); tx += TILE) {
                long sum = 0;
                int n = 0;
                for (int y = ty; y < Math.min(ty + TILE, a.getHeight()); y++)
                    for (int x = tx; x < Math.min(tx + TILE, a.getWidth()); x++) {
                        sum += Math.abs(a.getRaster().getSample(x, y, 0) - b.getRaster().getSample(x, y, 0));
                        n++;
                    }
                worst = Math.max(worst, (double) sum / n);
            }
        return worst;
    }

    static BufferedImage grey(BufferedImage img) {
        if (img.getType() == BufferedImage.TYPE_BYTE_GRAY) return img;
        BufferedImage g = new BufferedImage(img.getWidth(), img.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        g.getGraphics().drawImage(img, 0, 0, null);
        return g;
    }

    @Test void renderedPageMatchesTheReferenceImage() throws Exception {
        BufferedImage actual = render(page(photo(tmp), BODY));
        if (Boolean.getBoolean("paiban.writeReference")) {
            Path file = Path.of("src/test/resources" + REFERENCE);
            Files.createDirectories(file.getParent());
            ImageIO.write(actual, "png", file.toFile());
        }
        BufferedImage reference;
        try (InputStream in = getClass().getResourceAsStream(REFERENCE)) {
            assertNotNull(in, "reference image " + REFERENCE + " is committed");
            reference = grey(ImageIO.read(in));
        }
        double diff = difference(actual, reference);
        assertTrue(diff <= TILE_TOLERANCE, "rendered page differs from the reference: worst tile off by " + diff);
    }

    /** The comparison is sharp enough to see one changed character and a moved photo. */
    @Test void comparisonNoticesSmallChanges() throws Exception {
        Path photo = photo(tmp);
        BufferedImage base = render(page(photo, BODY));
        BufferedImage oneChar = render(page(photo, BODY.replace('获', '拿')));
        assertTrue(difference(base, oneChar) > 3 * TILE_TOLERANCE, "one character changed: " + difference(base, oneChar));
        assertTrue(difference(base, render(page(photo, BODY))) == 0, "rendering is deterministic");
    }
}
