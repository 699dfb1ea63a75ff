package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.color.SetNonStrokingDeviceCMYKColor;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;

/**
 * A shaded banner as the plant gets it: a red fill under white 黑体 that knocks
 * out (no overprint), while black body text on a light tint still overprints.
 */
class BannerPdfTest {
    static final PageTemplate T = PageTemplate.duikai();
    static final String HEAD = "全市经济运行总体平稳";
    static final String BODY = "本报讯记者从市政府获悉今年全市经济运行总体平稳";

    static PDDocument export() throws IOException {
        HeadlineFrame banner = new HeadlineFrame("banner", T.gridRect(0, 8, 2, 6), null, false, "",
                new FrameLook(Cmyk.RED, 100, true, null));
        TextFrame shaded = new TextFrame("box", T.gridRect(0, 2, 10, 10), 1, T.gap(), 0, null, null, false, "",
                new FrameLook(new Cmyk(0, 0, 0, 100), 10, false, new paiban.model.frame.FrameBorder(1000,
                        paiban.model.frame.BorderStyle.DOTTED, Cmyk.RED)));
        Story head = new Story("head", "通栏", List.of(new Paragraph("主题", HEAD)), List.of(new FrameRef("p1", "banner")));
        Story body = new Story("body", "简讯", List.of(new Paragraph("正文", BODY)), List.of(new FrameRef("p1", "box")));
        Page page = new Page("p1", "A01", "要闻", T.name(), List.of(banner, shaded), 0);
        Edition e = new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(page), List.of(head, body));
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(layout.pages(), "t", out);
        return Loader.loadPDF(out.toByteArray());
    }

    /** The content stream's operators, each written with its operands ("0 1 1 0 k"). */
    static List<String> ops(PDPage page) throws IOException {
        List<String> ops = new ArrayList<>();
        List<String> operands = new ArrayList<>();
        PDFStreamParser parser = new PDFStreamParser(page);
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op) {
                operands.add(op.getName());
                ops.add(String.join(" ", operands));
                operands.clear();
            } else if (token instanceof COSNumber n) {
                float f = n.floatValue();
                operands.add(f == Math.rint(f) ? String.valueOf((int) f) : String.valueOf(f));
            } else if (token instanceof org.apache.pdfbox.cos.COSArray a) {
                List<String> items = new ArrayList<>();
                for (COSBase item : a) items.add(item instanceof COSNumber n ? String.valueOf(n.floatValue()) : item.toString());
                operands.add("[" + String.join(" ", items).replace(".0", "") + "]");
            } else if (token instanceof COSBase b) {
                operands.add(b.toString());
            }
        }
        return ops;
    }

    @Test
    void theBannerFillIsARedRectangleUnderTheText() throws IOException {
        try (PDDocument d = export()) {
            List<String> ops = ops(d.getPage(0));
            int red = ops.indexOf("0 1 1 0 k");
            assertTrue(red >= 0, "the red fill colour is set: " + ops);
            int re = red + 1;
            while (re < ops.size() && !ops.get(re).endsWith(" re")) re++;
            assertTrue(re < ops.size() && ops.get(re + 1).equals("f"), "a filled rectangle follows the red: " + ops.subList(red, Math.min(ops.size(), red + 4)));
            int tint = ops.indexOf("0 0 0 0.1 k");
            assertTrue(tint >= 0, "the 10% black tint is filled");
            int white = ops.indexOf("0 0 0 0 k");
            assertTrue(white > re, "the white text colour comes after the fill");
            assertTrue(ops.indexOf("BT") > re, "text is drawn after the fill");
            // the boxed story's dotted red border: round caps, a zero dash every two weights (1 pt)
            assertTrue(ops.contains("1 J"), "round caps for the dots");
            assertTrue(ops.contains("[0 2] 0 d"), "dots two weights apart: " + ops.stream().filter(o -> o.endsWith(" d")).toList());
            assertEquals(4, ops.stream().filter(o -> o.equals("0 1 1 0 K")).count(), "four red border strokes");
        }
    }

    @Test
    void whiteTextKnocksOutAndBlackTextOnATintOverprints() throws IOException {
        List<String> white = new ArrayList<>(), black = new ArrayList<>(), problems = new ArrayList<>();
        List<String> whiteFonts = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            {
                addOperator(new SetNonStrokingDeviceCMYKColor(this));
            }

            @Override protected void processTextPosition(TextPosition text) {
                var gs = getGraphicsState();
                float[] c = gs.getNonStrokingColor().getComponents();
                boolean isWhite = c.length == 4 && c[0] == 0 && c[1] == 0 && c[2] == 0 && c[3] == 0;
                boolean isBlack = c.length == 4 && c[0] == 0 && c[1] == 0 && c[2] == 0 && c[3] == 1;
                if (isWhite) white.add(text.getUnicode());
                if (isWhite) whiteFonts.add(text.getFont().getName());
                if (isBlack) black.add(text.getUnicode());
                if (isWhite && gs.isNonStrokingOverprint()) problems.add(text.getUnicode() + " is white and overprints");
                if (isBlack && !gs.isNonStrokingOverprint()) problems.add(text.getUnicode() + " is black and knocks out");
                super.processTextPosition(text);
            }
        };
        try (PDDocument d = export()) {
            s.getText(d);
            assertEquals(HEAD, String.join("", white), "the banner's text is white");
            assertEquals(BODY, String.join("", black), "the body on the tint stays black");
            assertEquals(List.of(), problems);
            String hei = FontLibrary.shared().faceName(paiban.model.style.FontFamily.HEI, true);
            for (String f : whiteFonts) assertTrue(f.endsWith(hei), "the banner is set in bold 黑体 (" + hei + "), not " + f);
        }
    }
}
