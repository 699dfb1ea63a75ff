package paiban.io.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.io.DocumentException;
import paiban.io.EditionFile;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableRule;
import paiban.model.frame.TableRuleKind;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;

class TableJsonTest {
    static final PageTemplate T = PageTemplate.duikai();

    static Edition with(TableFrame t) {
        return new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(new Page("p1", "A01", "经济", T.name(), List.of(t))), List.of());
    }

    static TableFrame full() {
        List<TableColumn> cols = List.of(TableColumn.chars(4.5, CellAlign.LEFT), new TableColumn(30_000, 0, CellAlign.DECIMAL, "小字"));
        List<List<TableCell>> rows = List.of(
                List.of(new TableCell("股票", "", null, 1, 2)),
                List.of(new TableCell("平安银行"), new TableCell("11.52", "正文", CellAlign.RIGHT, 1, 1)),
                List.of(new TableCell("合计", "", null, 1, 1), new TableCell("")));
        return TableFrame.of("t1", T.gridRect(0, 2, 0, 20), cols, rows)
                .withRules(TableRule.THIN, new TableRule(TableRuleKind.DOTTED, 300), TableRule.NONE, TableRule.THICK,
                        new Cmyk(0, 0, 0, 10))
                .withTextColumns(2, 4500).withStyles("表格", "表头");
    }

    @Test
    void aTableRoundTripsThroughTheFile() throws DocumentException {
        Edition e = with(full());
        String json = EditionFile.toJson(e);
        Edition back = EditionFile.fromJson(json, "t.json");
        assertEquals(e.pages().get(0).frames().get(0), back.pages().get(0).frames().get(0));
        assertEquals(json, EditionFile.toJson(back));
        assertTrue(json.contains("\"4.5字\""), json);
        assertTrue(json.contains("\"rowRules\""));
    }

    @Test
    void defaultsAreLeftOut() throws DocumentException {
        TableFrame plain = TableFrame.of("t", T.gridRect(0, 1, 0, 5), List.of(TableColumn.chars(4, CellAlign.LEFT)),
                List.of(List.of(new TableCell("甲")), List.of(new TableCell("乙"))));
        String json = EditionFile.toJson(with(plain));
        for (String key : List.of("headerRows", "outer", "rowRules", "headerShade", "padding", "textColumns", "bodyStyle")) {
            assertFalse(json.contains("\"" + key + "\""), key + " written at its default: " + json);
        }
        assertEquals(plain, EditionFile.fromJson(json, "t.json").pages().get(0).frames().get(0));
    }

    @Test
    void aBadTableIsReportedWhereItIs() throws DocumentException {
        String json = EditionFile.toJson(with(full()));
        String bad = json.replaceFirst("\"colSpan\"(\\s*):(\\s*)2", "\"colSpan\"$1:$2 3");
        assertTrue(!bad.equals(json), json);
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.fromJson(bad, "t.json"));
        assertTrue(e.getMessage().contains("runs past the table's 2 columns"), e.getMessage());
        String badWidth = json.replace("\"4.5字\"", "\"四字\"");
        DocumentException w = assertThrows(DocumentException.class, () -> EditionFile.fromJson(badWidth, "t.json"));
        assertTrue(w.getMessage().contains("columns[0]"), w.getMessage());
    }
}
