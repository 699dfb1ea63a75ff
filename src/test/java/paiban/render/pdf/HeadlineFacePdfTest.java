package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.junit.jupiter.api.Test;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.PageTemplate;
import paiban.model.story.Paragraph;
import paiban.model.style.Alignment;
import paiban.model.style.FontFamily;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.ProhibitionLevel;
import paiban.model.unit.Units;

/** 标宋, 小标宋, 大标宋 and 大黑 headlines go to print in their own heavy faces, embedded. */
class HeadlineFacePdfTest {
    @Test void eachHeadlineFamilyIsEmbeddedAsItsOwnFace() throws Exception {
        ParagraphSetter setter = new ParagraphSetter(FontLibrary.shared());
        PageTemplate t = PageTemplate.sikai();
        List<Mark> marks = new ArrayList<>();
        FontFamily[] families = {FontFamily.BIAOSONG, FontFamily.XIAOBIAOSONG, FontFamily.DABIAOSONG, FontFamily.DAHEI};
        int y = t.marginTop();
        for (FontFamily f : families) {
            ParagraphStyle s = new ParagraphStyle("主题" + f.chinese(), f, false, Units.pt(24), 3, 0, Alignment.LEFT,
                    0, 0, ProhibitionLevel.STRICT, null);
            y += Units.pt(40);
            LineCursor c = setter.start(new Paragraph(s.name(), "滨江新区今年建成十座公园"), s, null);
            ComposedLine cl = c.next(t.typeWidth());
            marks.add(new LineBox(t.marginLeft(), y, t.typeWidth(), cl.runs(), "s1", 0, cl.start(), cl.end()));
        }
        PageLayout page = new PageLayout("p1", 1, "第一版", t.trimWidth(), t.trimHeight(), marks, List.of());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(page), "t", out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            assertEquals(4, PdfChecks.assertFontsEmbeddedAndSubset(d));
            PDResources res = d.getPage(0).getResources();
            Set<String> names = new TreeSet<>();
            for (COSName n : res.getFontNames()) {
                String name = res.getFont(n).getName();
                names.add(name.substring(name.indexOf('+') + 1));
            }
            assertEquals(new TreeSet<>(List.of(FontLibrary.SERIF_SEMIBOLD, FontLibrary.SERIF_BOLD,
                    FontLibrary.SERIF_BLACK, FontLibrary.SANS_BLACK)), names);
        }
    }
}
