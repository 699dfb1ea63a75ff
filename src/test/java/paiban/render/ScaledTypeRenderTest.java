package paiban.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import javafx.stage.Stage;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
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
import paiban.model.style.ScaleStep;
import paiban.model.style.TypeSettings;
import paiban.render.pdf.PdfExporter;
import paiban.render.pdf.PdfSettings;

/**
 * 长体 and 扁体 headlines from one layout: the PDF places every glyph where the layout
 * does and as wide (read back by PDFBox's text positions), and the canvas inks the same
 * box as the PDF's raster, narrower (长) or flatter (扁) than the normal face.
 */
@ExtendWith(ApplicationExtension.class)
class ScaledTypeRenderTest {
    static final int PT = 1000;
    static final String HEADLINE = "经济运行总体平稳向好";

    @Start
    void start(Stage s) {
        // the toolkit is all these tests need
    }

    static LineBox line(ScaleStep step) {
        ParagraphStyle style = new ParagraphStyle("主题", FontFamily.HEI, true, ScreenMatchesPrintTest.SIZE, 1, 0,
                Alignment.LEFT, 0, 0, ProhibitionLevel.STRICT, Cmyk.BLACK).withType(TypeSettings.DEFAULT.withStep(step));
        ComposedLine l = new ParagraphSetter(FontLibrary.shared()).start(new Paragraph("主题", HEADLINE), style,
                DefaultStyles.forBody(ScreenMatchesPrintTest.SIZE)).next(2000 * PT);
        return new LineBox(10 * PT, 45 * PT, 2000 * PT, l.runs(), "s", 0, 0, HEADLINE.length());
    }

    static PageLayout page(LineBox line) {
        return new PageLayout("p", 1, "第一版", 500 * PT, ScreenMatchesPrintTest.H * PT, List.of(line), List.of());
    }

    static byte[] pdf(PageLayout page) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults().withBleed(0).withCropMarks(false)).write(List.of(page), "t", out);
        return out.toByteArray();
    }

    static List<TextPosition> positions(byte[] pdf) throws IOException {
        List<TextPosition> found = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition text) {
                    found.add(text);
                }
            };
            s.getText(d);
        }
        return found;
    }

    @ParameterizedTest
    @CsvSource({"NORMAL", "CHANG_2", "BIAN_2", "CHANG_4"})
    void thePdfSetsEachGlyphWhereAndAsWideAsTheLayout(ScaleStep step) throws IOException {
        LineBox line = line(step);
        GlyphRun run = line.runs().get(0);
        List<TextPosition> pos = positions(pdf(page(line)));
        assertEquals(run.length(), pos.size());
        for (int i = 0; i < run.length(); i++) {
            TextPosition p = pos.get(i);
            assertEquals((line.x() + run.xs()[i]) / (double) PT, p.getXDirAdj(), 0.01, "x of glyph " + i);
            assertEquals(run.advances()[i] / (double) PT, p.getWidthDirAdj(), 0.01, "width of glyph " + i);
            assertEquals(run.size() * step.vertical() / 100.0 / PT, p.getYScale(), 0.01, "height of glyph " + i);
        }
        TextPosition last = pos.get(pos.size() - 1);
        assertEquals((line.x() + run.end()) / (double) PT, last.getXDirAdj() + last.getWidthDirAdj(), 0.01);
    }

    /** Columns and rows holding ink: {left, right, top, bottom}. */
    static int[] ink(BufferedImage img) {
        int l = Integer.MAX_VALUE, r = -1, t = Integer.MAX_VALUE, b = -1;
        for (int y = 0; y < img.getHeight(); y++)
            for (int x = 0; x < img.getWidth(); x++) {
                if (ScreenMatchesPrintTest.grey(img, x, y) < 128) {
                    l = Math.min(l, x); r = Math.max(r, x); t = Math.min(t, y); b = Math.max(b, y);
                }
            }
        return new int[] {l, r, t, b};
    }

    @ParameterizedTest
    @CsvSource({"CHANG_2", "BIAN_2"})
    void theCanvasInksWhatThePdfInks(ScaleStep step) throws Exception {
        PageLayout page = new PageLayout("p", 1, "第一版", ScreenMatchesPrintTest.W * PT,
                ScreenMatchesPrintTest.H * PT, List.of(shortLine(step)), List.of());
        PageLayout normal = new PageLayout("p", 1, "第一版", ScreenMatchesPrintTest.W * PT,
                ScreenMatchesPrintTest.H * PT, List.of(shortLine(ScaleStep.NORMAL)), List.of());
        int[] screen = ink(ScreenMatchesPrintTest.screen(page));
        int[] print = ink(ScreenMatchesPrintTest.print(page));
        for (int k = 0; k < 4; k++) assertEquals(print[k], screen[k], 2.0, "ink edge " + k);
        int[] plain = ink(ScreenMatchesPrintTest.screen(normal));
        double width = screen[1] - screen[0], plainWidth = plain[1] - plain[0];
        double height = screen[3] - screen[2], plainHeight = plain[3] - plain[2];
        if (step.horizontal() < 100) {
            assertTrue(width < plainWidth * 0.85, width + " vs " + plainWidth);
            assertEquals(plainHeight, height, 2.0);
        } else {
            assertTrue(height < plainHeight * 0.85, height + " vs " + plainHeight);
            assertEquals(plainWidth, width, 2.0);
        }
    }

    /** Four characters that fit the 300 pt test canvas at 40 pt. */
    static LineBox shortLine(ScaleStep step) {
        ParagraphStyle style = new ParagraphStyle("主题", FontFamily.HEI, true, ScreenMatchesPrintTest.SIZE, 1, 0,
                Alignment.LEFT, 0, 0, ProhibitionLevel.STRICT, Cmyk.BLACK).withType(TypeSettings.DEFAULT.withStep(step));
        ComposedLine l = new ParagraphSetter(FontLibrary.shared()).start(new Paragraph("主题", "经济运行"), style,
                DefaultStyles.forBody(ScreenMatchesPrintTest.SIZE)).next(280 * PT);
        return new LineBox(10 * PT, 45 * PT, 280 * PT, l.runs(), "s", 0, 0, 4);
    }
}
