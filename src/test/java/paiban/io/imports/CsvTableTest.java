package paiban.io.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableRule;
import paiban.model.frame.TableRuleKind;
import paiban.model.style.Cmyk;

class CsvTableTest {
    static final PageTemplate T = PageTemplate.duikai();
    static final Rect FRAME = T.gridRect(0, 2, 0, 30);

    @TempDir Path dir;

    @Test
    void aGb18030CsvBecomesATableWithItsFirstRowAsHeader() throws Exception {
        Path f = dir.resolve("行情.csv");
        Files.write(f, "代码,名称,收盘,涨跌幅\n600000,浦发银行,7.52,1.2%\n000001,\"平安银行,A\",11.5,-0.35%\n"
                .getBytes(Charset.forName("GB18030")));
        CsvTable.Data data = CsvTable.read(f);
        assertEquals("GB18030", data.charset());
        assertEquals(List.of("000001", "平安银行,A", "11.5", "-0.35%"), data.rows().get(2));
        TableFrame t = CsvTable.newTable("market", FRAME, data, T.bodySize());
        assertEquals(1, t.headerRows());
        assertEquals(4, t.columns().size());
        assertEquals("浦发银行", t.rows().get(1).get(1).text());
        assertEquals(CellAlign.DECIMAL, t.columns().get(2).align(), "prices are aligned on the point");
        assertEquals(CellAlign.LEFT, t.columns().get(1).align());
        assertEquals(6, t.columns().get(1).chars(), "名称 as wide as 平安银行,A (5 字) plus 1 字 of padding");
    }

    @Test
    void aUtf8TsvWithQuotedLineBreaksAndShortRows() throws Exception {
        Path f = dir.resolve("weather.tsv");
        Files.writeString(f, "\uFEFF城市\t天气\t气温\n北京\t\"晴\n转多云\"\t12\n上海\t小雨\n", StandardCharsets.UTF_8);
        CsvTable.Data data = CsvTable.read(f);
        assertEquals(3, data.rows().size());
        assertEquals("晴\n转多云", data.rows().get(1).get(1));
        assertEquals(List.of("上海", "小雨", ""), data.rows().get(2));
        assertEquals("城市", data.rows().get(0).get(0), "the byte order mark is not part of the first cell");
    }

    @Test
    void anUnclosedQuoteIsReportedWithItsLine() throws Exception {
        Path f = dir.resolve("bad.csv");
        Files.writeString(f, "a,b\n1,2\n3,\"4\n5,6\n", StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> CsvTable.read(f));
        assertTrue(e.getMessage().contains("line 3") && e.getMessage().contains("bad.csv"), e.getMessage());
    }

    @Test
    void refreshingFromCsvKeepsWidthsRulesAndStyles() throws Exception {
        Path first = dir.resolve("day1.csv");
        Files.writeString(first, "代码,收盘\n600000,7.52\n600001,8.10\n", StandardCharsets.UTF_8);
        TableFrame designed = CsvTable.newTable("m", FRAME, CsvTable.read(first), T.bodySize())
                .withRules(TableRule.THICK, new TableRule(TableRuleKind.DOTTED, 300), TableRule.NONE, TableRule.THIN,
                        new Cmyk(0, 0, 0, 20))
                .withStyles("表格", "表头")
                .withTextColumns(2, 4500);
        // the designer widened the first column and set one cell's style
        designed = designed.withColumns(List.of(designed.columns().get(0).withWidth(40_000), designed.columns().get(1)),
                List.of(designed.rows().get(0), designed.rows().get(1),
                        List.of(new TableCell("600001", "粗体", CellAlign.RIGHT, 1, 1), designed.rows().get(2).get(1))));
        Path second = dir.resolve("day2.csv");
        Files.writeString(second, "代码,收盘\n600000,7.61\n600001,8.02\n600002,9.99\n600003,10.5\n", StandardCharsets.UTF_8);
        TableFrame refreshed = CsvTable.refresh(designed, CsvTable.read(second), second);
        assertEquals(designed.columns(), refreshed.columns());
        assertEquals(40_000, refreshed.columns().get(0).width());
        assertEquals(designed.outer(), refreshed.outer());
        assertEquals(designed.rowRules(), refreshed.rowRules());
        assertEquals(designed.columnRules(), refreshed.columnRules());
        assertEquals(designed.headerShade(), refreshed.headerShade());
        assertEquals("表格", refreshed.bodyStyle());
        assertEquals(2, refreshed.textColumns());
        assertEquals(5, refreshed.rows().size());
        assertEquals("7.61", refreshed.rows().get(1).get(1).text());
        assertEquals("粗体", refreshed.rows().get(2).get(0).style(), "a cell keeps its style");
        assertEquals("粗体", refreshed.rows().get(4).get(0).style(), "new rows take the last row's formatting");
        assertNull(refreshed.rows().get(1).get(0).align());
        assertEquals(designed.bounds(), refreshed.bounds());
    }

    @Test
    void refreshingFromDataOfAnotherShapeIsRefused() throws Exception {
        Path f = dir.resolve("a.csv");
        Files.writeString(f, "a,b\n1,2\n", StandardCharsets.UTF_8);
        TableFrame t = CsvTable.newTable("m", FRAME, CsvTable.read(f), T.bodySize());
        Path g = dir.resolve("b.csv");
        Files.writeString(g, "a,b,c\n1,2,3\n", StandardCharsets.UTF_8);
        ImportException e = assertThrows(ImportException.class, () -> CsvTable.refresh(t, CsvTable.read(g), g));
        assertTrue(e.getMessage().contains("3 columns") && e.getMessage().contains("has 2"), e.getMessage());
    }
}
