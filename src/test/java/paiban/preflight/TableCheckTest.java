package paiban.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.style.DefaultStyles;

class TableCheckTest {
    static final PageTemplate T = PageTemplate.duikai();

    static List<Finding> check(TableFrame t) {
        Edition e = new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(new Page("p1", "A01", "经济", T.name(), List.of(t))), List.of());
        return new Preflight(FontLibrary.shared()).check(e, new EditionComposer(FontLibrary.shared()).compose(e), null)
                .stream().filter(f -> f.code().startsWith("table")).toList();
    }

    static TableFrame table(Rect r, int rows, double chars) {
        List<List<TableCell>> data = new ArrayList<>();
        data.add(List.of(new TableCell("名称"), new TableCell("价格")));
        for (int i = 0; i < rows; i++) data.add(List.of(new TableCell("品种" + i), new TableCell(i + ".5")));
        return TableFrame.of("mkt", r, List.of(TableColumn.chars(chars, CellAlign.LEFT), TableColumn.chars(chars, CellAlign.DECIMAL)), data);
    }

    @Test
    void anOversetTableIsAnErrorCountingItsRows() {
        List<Finding> fs = check(table(T.gridRect(0, 1, 0, 5), 10, 4));
        assertEquals(1, fs.size(), fs.toString());
        assertEquals(Severity.ERROR, fs.get(0).severity());
        assertEquals("table-overset", fs.get(0).code());
        assertTrue(fs.get(0).message(Locale.SIMPLIFIED_CHINESE).endsWith("表格 mkt 超 6 行：这些行放不进表格框的任何一栏，不会印出"), fs.get(0).message(Locale.SIMPLIFIED_CHINESE));
        assertTrue(fs.get(0).message(Locale.ENGLISH).contains("6 rows of table mkt"), fs.get(0).message(Locale.ENGLISH));
    }

    @Test
    void aTableWiderThanItsColumnIsAWarningAndAFittingOneIsQuiet() {
        assertEquals(List.of(), check(table(T.gridRect(0, 1, 0, 30), 10, 4)));
        List<Finding> fs = check(table(T.gridRect(0, 1, 0, 30), 3, 12));
        assertEquals(1, fs.size(), fs.toString());
        assertEquals("table-width", fs.get(0).code());
        assertEquals(Severity.WARNING, fs.get(0).severity());
        assertTrue(fs.get(0).message(Locale.SIMPLIFIED_CHINESE).contains("表格 mkt 宽 24 字，超出所在栏宽 13 字"), fs.get(0).message(Locale.SIMPLIFIED_CHINESE));
    }
}
