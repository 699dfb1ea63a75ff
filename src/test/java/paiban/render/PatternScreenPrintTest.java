package paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.PathMark;
import paiban.layout.RuleMark;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.Frame;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.TextFrame;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.render.fx.FxPainter;
import paiban.render.fx.ScreenTransform;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * A 花边 box is one geometry: the path operators in the PDF carry exactly the
 * layout's points, and the canvas (FxPainter) and the rendered PDF (PDFBox)
 * paint the same pixels, tile for tile, for every pattern.
 */
@ExtendWith(ApplicationExtension.class)
class PatternScreenPrintTest {
    static final int PT = 1000;
    static final double SCALE = 2;
    static final int W = 240, H = 160;
    static final PageTemplate T = PageTemplate.centred("小样", W * PT, H * PT, 9000, 10, 1, 2, 12, 13500);
    static final double TOLERANCE = 40;

    @Start
    void start(Stage s) {
        // the toolkit is all these tests need
    }

    /** The composed page of one empty text frame boxed in {@code style}, 1.5 lines wide. */
    static PageLayout boxed(BorderStyle style) {
        FrameBorder border = new FrameBorder(2 * T.pitch() / 3 * 2, style, Cmyk.RED);
        Frame box = new TextFrame("box", new Rect(20 * PT, 20 * PT, 200 * PT, 120 * PT), 1, 0, 0, null, null, false, "",
                new FrameLook(null, 100, false, border));
        Page page = new Page("p1", "A01", "要闻", T.name(), List.of(box), 0);
        Edition e = new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(page), List.of());
        return new EditionComposer(FontLibrary.shared()).compose(e).pages().get(0);
    }

    static BufferedImage screen(PageLayout page) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            Canvas c = new Canvas(W * SCALE, H * SCALE);
            c.getGraphicsContext2D().setFill(javafx.scene.paint.Color.WHITE);
            c.getGraphicsContext2D().fillRect(0, 0, W * SCALE, H * SCALE);
            LayoutWalker.walk(page, new FxPainter(c.getGraphicsContext2D(), new ScreenTransform(SCALE / PT, 0, 0)));
            return SwingFXUtils.fromFXImage(c.snapshot(null, null), null);
        }).get();
    }

    static byte[] pdf(PageLayout page) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults().withBleed(0).withCropMarks(false)).write(List.of(page), "t", out);
        return out.toByteArray();
    }

    static BufferedImage print(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFRenderer(d).renderImageWithDPI(0, (float) (72 * SCALE), ImageType.RGB);
        }
    }

    @Test
    void everyPatternPaintsTheSamePixelsOnScreenAndInPrint() throws Exception {
        for (BorderStyle style : BorderStyle.values()) {
            if (!style.isPattern()) continue;
            PageLayout page = boxed(style);
            BufferedImage screen = screen(page), print = print(pdf(page));
            double worst = ScreenMatchesPrintTest.difference(screen, print, 0, screen.getWidth());
            assertTrue(worst <= TOLERANCE, style + ": screen and print differ by " + worst);
            // the band is inked in both (the pattern was drawn, not left out by both)
            int band0 = (int) (20 * SCALE), band1 = (int) ((20 + 18) * SCALE);
            assertTrue(ScreenMatchesPrintTest.ink(print, band0, band1) > 0.02, style + " printed");
            assertTrue(ScreenMatchesPrintTest.ink(screen, band0, band1) > 0.02, style + " on screen");
        }
    }

    /** The comparison notices a different pattern: waves on screen against dots in print. */
    @Test
    void theComparisonNoticesAnotherPattern() throws Exception {
        double d = ScreenMatchesPrintTest.difference(screen(boxed(BorderStyle.WAVE)), print(pdf(boxed(BorderStyle.KEY))), 0,
                (int) (W * SCALE));
        assertTrue(d > TOLERANCE, "wave against key: " + d);
    }

    /** Every m, l and c operator of the PDF, in order, is a segment of the layout's paths and rules, point for point. */
    @Test
    void thePdfPathsCarryTheLayoutsPoints() throws Exception {
        for (BorderStyle style : List.of(BorderStyle.KEY, BorderStyle.DOTS, BorderStyle.ROPE, BorderStyle.ORNAMENT)) {
            PageLayout page = boxed(style);
            List<double[]> expected = new ArrayList<>();
            for (Mark m : page.marks()) {
                if (m instanceof PathMark p) {
                    for (PathMark.Segment s : p.segments()) {
                        if (s instanceof PathMark.Move v) expected.add(pt(v.x(), v.y()));
                        else if (s instanceof PathMark.Line l) expected.add(pt(l.x(), l.y()));
                        else if (s instanceof PathMark.Curve c) expected.add(pt(c.x1(), c.y1(), c.x2(), c.y2(), c.x(), c.y()));
                    }
                } else if (m instanceof RuleMark r) {
                    expected.add(pt(r.x1(), r.y1()));
                    expected.add(pt(r.x2(), r.y2()));
                }
            }
            List<double[]> printed = new ArrayList<>();
            try (PDDocument d = Loader.loadPDF(pdf(page))) {
                PDFStreamParser parser = new PDFStreamParser(d.getPage(0));
                List<Double> operands = new ArrayList<>();
                for (Object t = parser.parseNextToken(); t != null; t = parser.parseNextToken()) {
                    if (t instanceof COSNumber n) {
                        operands.add((double) n.floatValue());
                    } else if (t instanceof Operator op) {
                        if (List.of("m", "l", "c").contains(op.getName())) {
                            printed.add(operands.stream().mapToDouble(Double::doubleValue).toArray());
                        }
                        operands.clear();
                    }
                }
            }
            assertTrue(expected.size() > 20, style + ": a pattern of many segments");
            assertEquals(expected.size(), printed.size(), style + ": one PDF path operator per layout segment");
            for (int i = 0; i < expected.size(); i++) {
                assertEquals(expected.get(i).length, printed.get(i).length, style + " segment " + i);
                for (int k = 0; k < expected.get(i).length; k++) {
                    assertEquals(expected.get(i)[k], printed.get(i)[k], 0.002, style + " segment " + i + " value " + k);
                }
            }
        }
    }

    /** Layout millipoints (y down from the trim's top) to PDF points (y up), no bleed. */
    static double[] pt(int... xy) {
        double[] out = new double[xy.length];
        for (int i = 0; i < xy.length; i += 2) {
            out[i] = xy[i] / 1000.0;
            out[i + 1] = (H * PT - xy[i + 1]) / 1000.0;
        }
        return out;
    }
}
