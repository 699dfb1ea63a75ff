package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;
import paiban.model.story.CharRun;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.FontFamily;
import paiban.model.style.StyleSheet;

/**
 * A story whose 电头 is a 粗体 run and whose headline has a red run exports with those
 * faces and colours: read back from the PDF, each character's font and fill colour.
 */
class RunFormattingPdfTest {
    static final PageTemplate T = PageTemplate.duikai();
    static final String HEAD = "明城地铁三号线开通";
    static final String DATELINE = "本报讯（记者 林小河）";
    static final String BODY = DATELINE + "今天上午，明城地铁三号线正式开通运营。";

    record Glyph(String text, String font, float[] fill) {}

    static List<Glyph> glyphs(byte[] pdf) throws IOException {
        List<Glyph> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper() {
                {
                    addOperator(new SetNonStrokingDeviceCMYKColor(this));
                }

                @Override
                protected void processTextPosition(TextPosition t) {
                    out.add(new Glyph(t.getUnicode(), t.getFont().getName(),
                            getGraphicsState().getNonStrokingColor().getComponents()));
                }
            };
            s.getText(d);
        }
        return out;
    }

    @Test
    void boldDatelineAndRedHeadlineRunKeepTheirFacesAndColours() throws IOException {
        StyleSheet defaults = DefaultStyles.forBody(T.bodySize());
        List<CharStyle> chars = new ArrayList<>(defaults.charStyles());
        chars.add(new CharStyle("红字", null, null, Cmyk.RED));
        StyleSheet sheet = new StyleSheet(defaults.paragraphStyles(), chars);
        Story story = new Story("s", "地铁", List.of(
                new Paragraph("主题", HEAD, List.of(new CharRun(2, 4, "红字"))),
                new Paragraph("正文", BODY, List.of(new CharRun(0, DATELINE.length(), "粗体")))),
                List.of(new FrameRef("p1", "t")));
        Page page = new Page("p1", "", "要闻", T.name(), List.of(new TextFrame("t", T.gridRect(0, 4, 0, 40), 2, T.gap())));
        Edition edition = new Edition("明城日报", LocalDate.of(2026, 4, 25), null, List.of(T), sheet,
                List.of(page), List.of(story));
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(edition);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(layout.pages(), "t", out);
        List<Glyph> glyphs = glyphs(out.toByteArray());

        String hei = base(FontLibrary.shared().face(FontFamily.HEI, true).name());
        String song = base(FontLibrary.shared().face(FontFamily.SONG, false).name());
        int bodyStart = indexOf(glyphs, BODY);
        for (int i = 0; i < BODY.length(); i++) {
            Glyph g = glyphs.get(bodyStart + i);
            if (g.text().isBlank()) continue;
            String expected = i < DATELINE.length() ? hei : song;
            assertTrue(base(g.font()).equals(expected), g.text() + " at " + i + " set in " + g.font() + ", not " + expected);
            assertBlack(g);
        }
        int headStart = indexOf(glyphs, HEAD);
        for (int i = 0; i < HEAD.length(); i++) {
            Glyph g = glyphs.get(headStart + i);
            boolean red = i >= 2 && i < 4;
            if (red) assertEquals("[0.0, 1.0, 1.0, 0.0]", Arrays.toString(g.fill()), g.text());
            else assertBlack(g);
        }
        assertFalse(hei.equals(song));
    }

    static void assertBlack(Glyph g) {
        assertEquals("[0.0, 0.0, 0.0, 1.0]", Arrays.toString(g.fill()), g.text());
    }

    /** Font name without the subset tag (ABCDEF+) and without spaces or hyphens. */
    static String base(String name) {
        String n = name.contains("+") ? name.substring(name.indexOf('+') + 1) : name;
        return n.replaceAll("[\\s-]", "");
    }

    static int indexOf(List<Glyph> glyphs, String text) {
        StringBuilder all = new StringBuilder();
        for (Glyph g : glyphs) all.append(g.text().isEmpty() ? "?" : g.text().substring(0, 1));
        int at = all.indexOf(text);
        assertTrue(at >= 0, "\"" + text + "\" not in " + all);
        return at;
    }
}
