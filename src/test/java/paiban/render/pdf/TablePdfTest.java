package paiban.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableRule;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;

/** A page with a table exported to PDF: its text and rules in black only, overprinting like body text. */
class TablePdfTest {
    static final PageTemplate T = PageTemplate.duikai();

    static Edition tablePage() {
        List<TableColumn> cols = List.of(TableColumn.chars(4, CellAlign.LEFT), TableColumn.chars(5, CellAlign.LEFT),
                TableColumn.chars(5, CellAlign.DECIMAL), TableColumn.chars(4, CellAlign.DECIMAL),
                TableColumn.chars(5, CellAlign.DECIMAL), TableColumn.chars(6, CellAlign.RIGHT));
        List<List<TableCell>> rows = new ArrayList<>();
        rows.add(List.of(new TableCell("沪深股市行情", "", null, 1, 6)));
        rows.add(cells("代码", "名称", "收盘", "涨跌", "涨跌幅", "成交量"));
        String[][] data = {{"600000", "浦发银行", "7.52", "0.09", "1.21%", "356218"}, {"600036", "招商银行", "35.4", "-0.22", "-0.62%", "412876"},
                {"600519", "贵州茅台", "1725.00", "12.5", "0.73%", "23411"}, {"000001", "平安银行", "11.523", "0.1", "0.88%", "998120"},
                {"000002", "万科A", "8", "-0.07", "-0.87%", "1203399"}};
        for (int i = 0; i < 16; i++) rows.add(cells(data[i % data.length]));
        TableFrame t = new TableFrame("market", T.gridRect(0, 6, 2, 12), cols, rows, 2, "正文", "正文", TableFrame.PADDING,
                TableRule.THICK, TableRule.THIN, TableRule.THIN, TableRule.THICK, new Cmyk(0, 0, 0, 15), 2, T.gap(),
                null, false, "");
        Page p = new Page("p1", "A05", "经济", T.name(), List.of(t));
        return new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(p), List.of());
    }

    static List<TableCell> cells(String... s) {
        List<TableCell> out = new ArrayList<>();
        for (String x : s) out.add(new TableCell(x));
        return out;
    }

    @Test
    void aTablePageExportsBlackOverprintingTextAndRules() throws Exception {
        PageLayout page = new EditionComposer(FontLibrary.shared()).compose(tablePage()).pages().get(0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfExporter(PdfSettings.defaults()).write(List.of(page), "t", out);
        String keep = System.getProperty("paiban.tablePdf");
        if (keep != null) Files.write(Path.of(keep), out.toByteArray());
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PdfChecks.assertOnlyCmykOrGray(d);
            PdfChecks.assertInk(d, 0, true);
            String text = PdfChecks.squeeze(PdfChecks.pageText(d, 0));
            assertTrue(text.contains("沪深股市行情"), text);
            assertTrue(text.contains("贵州茅台1725.00"), text);
            String content = new String(d.getPage(0).getContents().readAllBytes(), StandardCharsets.ISO_8859_1);
            long rules = page.marks().stream().filter(m -> m instanceof RuleMark).count();
            assertTrue(rules > 20, "inner rules: " + rules);
            int strokes = content.split("0 0 0 1 K", -1).length - 1;
            assertEquals(rules, strokes - 2, "every inner rule, and each column's 反线 box, stroked in 100 K");
            assertTrue(content.contains("/GSop gs"), "black overprints");
        }
    }
}
