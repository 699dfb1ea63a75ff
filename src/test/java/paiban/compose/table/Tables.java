package paiban.compose.table;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import paiban.font.FontLibrary;
import paiban.compose.line.ParagraphSetter;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
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
import paiban.model.style.StyleSheet;

/** Tables built in code for the table tests. */
final class Tables {
    static final PageTemplate T = PageTemplate.duikai();
    static final StyleSheet STYLES = DefaultStyles.forBody(T.bodySize());

    private Tables() {}

    static TableLayout compose(TableFrame t) {
        return new TableComposer(new ParagraphSetter(FontLibrary.shared())).compose(t, T, STYLES);
    }

    /** The stock table: 代码 名称 收盘 涨跌 涨跌幅 成交量, prices decimal-aligned. */
    static TableFrame stocks(String id, Rect bounds, int rows) {
        List<TableColumn> cols = List.of(TableColumn.chars(4, CellAlign.LEFT), TableColumn.chars(5, CellAlign.LEFT),
                TableColumn.chars(5, CellAlign.DECIMAL), TableColumn.chars(4, CellAlign.DECIMAL),
                TableColumn.chars(4, CellAlign.DECIMAL), TableColumn.chars(5, CellAlign.RIGHT));
        List<List<TableCell>> data = new ArrayList<>();
        data.add(cells("代码", "名称", "收盘", "涨跌", "涨跌幅", "成交量"));
        String[] names = {"平安银行", "万科A", "浦发银行", "中国石化", "贵州茅台", "招商银行", "格力电器"};
        String[] prices = {"11.52", "8.7", "123.456", "1688", "5.06", "1725.00", "36.2"};
        for (int i = 0; i < rows; i++) {
            data.add(cells(String.format("%06d", 600000 + i * 7), names[i % names.length], prices[i % prices.length],
                    (i % 2 == 0 ? "-" : "") + "0.1" + i % 10, (i % 3) + ".25%", (1000 + i * 37) + ""));
        }
        return TableFrame.of(id, bounds, cols, data);
    }

    static List<TableCell> cells(String... texts) {
        List<TableCell> out = new ArrayList<>();
        for (String s : texts) out.add(new TableCell(s));
        return out;
    }

    static Edition edition(TableFrame t) {
        Page p = new Page("p1", "A01", "经济", T.name(), List.of(t));
        return new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T), STYLES,
                List.of(p), List.of());
    }

    static List<LineBox> lines(List<Mark> marks) {
        return marks.stream().filter(m -> m instanceof LineBox).map(m -> (LineBox) m).toList();
    }

    /** Page x of the first occurrence of {@code ch} on the line, or -1. */
    static int xOf(LineBox line, char ch) {
        int k = line.text().indexOf(ch);
        if (k < 0) return -1;
        for (GlyphRun r : line.runs()) {
            if (k < r.length()) return line.x() + r.xs()[k];
            k -= r.length();
        }
        return -1;
    }

    /** Page x of the right edge of the line's last glyph. */
    static int end(LineBox line) {
        int e = 0;
        for (GlyphRun r : line.runs()) e = Math.max(e, r.end());
        return line.x() + e;
    }
}
