package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.io.EditionFile;
import paiban.layout.EmphasisDots;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.layout.PathMark;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.FrameLook;
import paiban.model.frame.TextFrame;
import paiban.model.frame.VerticalAlign;
import paiban.model.frame.WritingMode;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;

/**
 * 着重号: a character style with emphasisDots puts one dot under each Han
 * character of its run (to the right in vertical text), none under
 * punctuation or digits; the PDF fills those dots; the key is in the file only
 * when on.
 */
class EmphasisDotsTest {
    static final PageTemplate T = PageTemplate.duikai();
    static final String BODY = "市民都说：“滨江2026年的变化真大！”今天上午，地铁三号线开通。";
    /** The emphasised run: 滨江 2026 年 的 变化真大 ！ ” — eight Han characters, digits and marks without dots. */
    static final int START = BODY.indexOf('滨'), END = BODY.indexOf('”') + 1;

    static Edition edition(boolean dots, WritingMode mode) {
        StyleSheet d = DefaultStyles.forBody(T.bodySize());
        List<CharStyle> chars = new ArrayList<>(d.charStyles());
        chars.add(new CharStyle("着重", null, null, null).withEmphasisDots(dots));
        StyleSheet sheet = new StyleSheet(d.paragraphStyles(), chars);
        Story story = new Story("s", "着重号", List.of(new Paragraph("正文", BODY, List.of(new CharRun(START, END, "着重")))),
                List.of(new FrameRef("p1", "t")));
        TextFrame frame = new TextFrame("t", T.gridRect(0, 2, 0, 30), 1, T.gap(), 0, VerticalAlign.TOP, null, false, "",
                FrameLook.NONE, mode);
        Page page = new Page("p1", "", "要闻", T.name(), List.of(frame));
        return new Edition("明城日报", LocalDate.of(2026, 4, 25), null, List.of(T), sheet, List.of(page), List.of(story));
    }

    static PageLayout compose(Edition e) {
        return new EditionComposer(FontLibrary.shared()).compose(e).pages().get(0);
    }

    static long hanInRun() {
        return BODY.substring(START, END).codePoints().filter(EmphasisDots::han).count();
    }

    static List<LineBox> lines(PageLayout page) {
        return page.lines().stream().filter(l -> !l.generated()).toList();
    }

    @Test
    void oneDotUnderEachHanCharacterOfTheRun() {
        assertEquals(8, hanInRun());
        PageLayout page = compose(edition(true, WritingMode.HORIZONTAL));
        int dots = 0;
        for (LineBox line : lines(page)) {
            for (PathMark m : EmphasisDots.of(line)) {
                dots += EmphasisDots.count(m);
                assertEquals(Cmyk.BLACK, m.fill());
                // below the baseline, within the line's measure
                assertTrue(m.bounds().y() > line.baseline(), "dots under the glyphs");
                assertTrue(m.bounds().x() >= line.x() && m.bounds().x() + m.bounds().width() <= line.x() + line.width());
            }
            // each dot centred under its glyph
            for (GlyphRun r : line.runs()) {
                if (!r.emphasisDots()) continue;
                List<PathMark> marks = EmphasisDots.of(line);
                int em = r.size();
                int k = 0;
                for (PathMark.Segment s : marks.get(0).segments()) {
                    if (!(s instanceof PathMark.Move mv)) continue;
                    while (!EmphasisDots.han(r.text().codePointAt(r.text().offsetByCodePoints(0, k)))) k++;
                    int centre = mv.x() - em / 20;
                    assertEquals(line.x() + r.xs()[k] + em / 2, centre, 2.0, "dot " + k);
                    k++;
                }
            }
        }
        assertEquals(hanInRun(), dots);
        int without = 0;
        for (LineBox line : lines(compose(edition(false, WritingMode.HORIZONTAL)))) without += EmphasisDots.of(line).size();
        assertEquals(0, without);
    }

    @Test
    void verticalTextHasTheDotsRightOfTheColumn() {
        PageLayout page = compose(edition(true, WritingMode.VERTICAL));
        int dots = 0;
        for (LineBox line : lines(page)) {
            assertTrue(line.vertical());
            for (PathMark m : EmphasisDots.of(line)) {
                dots += EmphasisDots.count(m);
                assertTrue(m.bounds().x() > line.baseline() + T.bodySize() / 2, "right of the glyphs");
            }
        }
        assertEquals(hanInRun(), dots);
    }

    @Test
    void thePdfFillsOneCircleForEachDot() throws IOException {
        assertEquals(4 * hanInRun(), curvesInPdf(edition(true, WritingMode.HORIZONTAL)));
        assertEquals(0, curvesInPdf(edition(false, WritingMode.HORIZONTAL)));
    }

    /** Curve operators in filled paths of the page's content: four to a dot. */
    static long curvesInPdf(Edition e) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(compose(e)), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            List<Object> tokens = new PDFStreamParser(d.getPage(0)).parse();
            long curves = 0, pending = 0;
            for (Object t : tokens) {
                if (!(t instanceof Operator op)) continue;
                if (op.getName().equals("c")) pending++;
                if (op.getName().equals("f")) {
                    curves += pending;
                    pending = 0;
                }
                if (op.getName().equals("S") || op.getName().equals("n")) pending = 0;
            }
            return curves;
        }
    }

    @Test
    void theKeyIsWrittenOnlyWhenOn() throws Exception {
        String on = EditionFile.toJson(edition(true, WritingMode.HORIZONTAL));
        assertTrue(on.contains("\"emphasisDots\": true"), on);
        assertEquals(edition(true, WritingMode.HORIZONTAL), EditionFile.fromJson(on, "t"));
        assertFalse(EditionFile.toJson(edition(false, WritingMode.HORIZONTAL)).contains("emphasisDots"));
    }
}
