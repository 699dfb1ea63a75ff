package paiban.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
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

import paiban.compose.flow.EditionComposer;
import paiban.compose.flow.VerticalEditions;
import paiban.font.FontLibrary;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * The vertical story's columns (upright ideographs, vertical punctuation forms, turned dashes and
 * Latin, 纵中横 digits) look the same on the screen and in print.
 */
@ExtendWith(ApplicationExtension.class)
class VerticalScreenMatchesPrintTest {
    static final int PT = 1000;
    static final double SCALE = 6;
    static final int W = 60, H = 560;

    @Start
    void start(Stage s) {
        // the toolkit is all this test needs
    }

    /** The columns of the vertical story's two body paragraphs, moved onto a small page. */
    static PageLayout page() {
        PageLayout full = new EditionComposer(FontLibrary.shared()).compose(VerticalEditions.page()).pages().get(0);
        List<LineBox> cols = new ArrayList<>();
        for (Mark m : full.marks()) if (m instanceof LineBox b && b.storyId().equals("v") && b.paragraph() >= 2) cols.add(b);
        int right = cols.get(0).baseline() + 10 * PT, top = cols.get(0).x() - 5 * PT;
        List<Mark> moved = new ArrayList<>();
        for (LineBox b : cols.subList(0, 3)) {
            moved.add(new LineBox(b.x() - top, b.baseline() - right + W * PT, b.width(), b.runs(), b.storyId(),
                    b.paragraph(), b.start(), b.end(), true));
        }
        return new PageLayout("p", 1, "第一版", W * PT, H * PT, moved, List.of());
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

    /** Tiles of 4 pt: hinting moves a stroke by a pixel on the screen, a wrong or missing glyph changes a tile. */
    static final int TILE = 24;
    static final double TOLERANCE = 22;

    @Test
    void theScreenShowsTheColumnsAsPrinted() throws Exception {
        PageLayout page = page();
        BufferedImage screen = screen(page), print = print(page);
        double[] d = difference(screen, print);
        assertTrue(d[0] <= TOLERANCE, "screen and print differ: " + d[0] + " in the tile at " + d[1] + "," + d[2]);
        assertTrue(ScreenMatchesPrintTest.ink(print, 0, print.getWidth()) > 0.02, "something printed");
    }

    /**
     * The comparison notices punctuation in its horizontal form: the screen of such a page against the
     * print (about 29 where the right forms give about 17).
     */
    @Test
    void theComparisonNoticesHorizontalPunctuation() throws Exception {
        PageLayout page = page();
        List<Mark> horizontalForms = new ArrayList<>();
        for (Mark m : page.marks()) {
            LineBox b = (LineBox) m;
            List<GlyphRun> runs = new ArrayList<>();
            for (GlyphRun r : b.runs()) {
                int[] g = r.text().codePoints().map(cp -> r.face().glyphId(cp)).toArray();
                runs.add(new GlyphRun(r.face(), r.size(), r.color(), g, r.xs(), r.advances(), r.text(), r.sources(),
                        r.orientation()));
            }
            horizontalForms.add(new LineBox(b.x(), b.baseline(), b.width(), runs, b.storyId(), b.paragraph(), b.start(),
                    b.end(), true));
        }
        PageLayout wrong = new PageLayout("p", 1, "第一版", W * PT, H * PT, horizontalForms, List.of());
        double d = difference(screen(wrong), print(page))[0];
        assertTrue(d > TOLERANCE, "horizontal forms against vertical ones: " + d);
    }

    /**
     * Largest difference of mean grey over TILE-pixel tiles, and where: the screen's hinting makes thin
     * strokes darker and crisper than PDFBox draws them, which pixel by pixel differs as much as a wrong
     * glyph; the ink a tile holds stays, and moves when a glyph does.
     */
    static double[] difference(BufferedImage a, BufferedImage b) {
        double worst = 0;
        int wx = 0, wy = 0;
        for (int ty = 0; ty < a.getHeight(); ty += TILE) {
            for (int tx = 0; tx < a.getWidth(); tx += TILE) {
                long sum = 0;
                int n = 0;
                for (int y = ty; y < Math.min(ty + TILE, a.getHeight()); y++)
                    for (int x = tx; x < Math.min(tx + TILE, a.getWidth()); x++) {
                        sum += ScreenMatchesPrintTest.grey(a, x, y) - ScreenMatchesPrintTest.grey(b, x, y);
                        n++;
                    }
                if (Math.abs((double) sum / n) > worst) {
                    worst = Math.abs((double) sum / n);
                    wx = tx;
                    wy = ty;
                }
            }
        }
        return new double[] {worst, wx, wy};
    }
}
