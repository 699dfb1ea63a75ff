package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.FontFamily;

/** Bold and coloured Word runs come in as runs of 粗体 and of a colour's character style. */
class DocxColourRunsTest {
    @TempDir Path dir;

    private static void run(XWPFParagraph p, String text, boolean bold, String colour) {
        XWPFRun r = p.createRun();
        r.setText(text);
        if (bold) r.setBold(true);
        if (colour != null) r.setColor(colour);
    }

    @Test
    void boldRedAndBoldRedRunsBecomeCharacterRuns() throws Exception {
        Path f = dir.resolve("runs.docx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(f)) {
            XWPFParagraph p = doc.createParagraph();
            run(p, "全市经济", true, null);
            run(p, "运行平稳", false, "FF0000");
            run(p, "，消费", false, "000000");
            run(p, "回暖", true, "FF0000");
            run(p, "明显。", false, "auto");
            doc.write(out);
        }
        ImportResult r = StoryImporter.importFile(f, ImportOptions.defaults());
        String red = "颜色 C0 M100 Y100 K0";
        String boldRed = "粗体 " + red;
        Paragraph body = r.allParagraphs().get(r.allParagraphs().size() - 1);
        assertEquals("全市经济运行平稳，消费回暖明显。", body.text());
        assertEquals(List.of(new CharRun(0, 4, "粗体"), new CharRun(4, 8, red), new CharRun(11, 13, boldRed)), body.runs());
        assertEquals(List.of(new CharStyle(red, null, null, Cmyk.RED), new CharStyle(boldRed, FontFamily.HEI, true, Cmyk.RED)),
                r.charStyles());
    }

    @ParameterizedTest
    @CsvSource({"FF0000, 0, 100, 100, 0", "0000FF, 100, 100, 0, 0", "808080, 0, 0, 0, 50", "336699, 67, 33, 0, 40"})
    void wordRgbBecomesProcessColour(String hex, int c, int m, int y, int k) {
        assertEquals(new Cmyk(c, m, y, k), DocxReader.cmyk(hex));
    }

    @ParameterizedTest
    @CsvSource({"000000", "auto", "F00", "''"})
    void blackAndNoColourAreNoRun(String hex) {
        assertNull(DocxReader.cmyk(hex));
    }
}
