package paiban.compose.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.EditionLayout;
import paiban.layout.FrameKind;
import paiban.layout.LineBox;
import paiban.layout.RuleMark;
import paiban.model.Rect;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.frame.TableRule;
import paiban.model.style.Cmyk;

class TableComposerTest {
    static final Rect TALL = Tables.T.gridRect(0, 2, 0, 40);

    @Test
    void sixColumnStockTableLinesUpPricesOnTheirPoint() {
        TableFrame t = Tables.stocks("stocks", TALL, 7);
        TableLayout tl = Tables.compose(t);
        assertEquals(0, tl.oversetRows());
        assertEquals(7, tl.rowsSet());
        List<LineBox> lines = Tables.lines(tl.marks());
        int colX = TALL.x() + 9 * Tables.T.bodySize();   // the 收盘 column starts after 4 + 5 字
        int colEnd = colX + 5 * Tables.T.bodySize();
        List<LineBox> prices = lines.stream().filter(l -> l.x() >= colX && l.x() < colEnd
                && l.text().matches("[0-9.]+")).toList();
        assertEquals(7, prices.size(), "one price per row");
        // the point (or the end of a whole number) of every price at one x
        Set<Integer> points = prices.stream().map(l -> l.text().contains(".") ? Tables.xOf(l, '.') : Tables.end(l))
                .collect(Collectors.toSet());
        assertEquals(1, points.size(), "decimal points at " + points);
        // and the longest fraction ("123.456") ends at the cell's right padding
        int maxEnd = prices.stream().mapToInt(Tables::end).max().orElseThrow();
        assertEquals(colEnd - t.padding(), maxEnd);
        // header cells are centred: 收盘 sits mid-column
        LineBox head = lines.stream().filter(l -> l.text().equals("收盘")).findFirst().orElseThrow();
        int mid = (head.x() + head.runs().get(0).xs()[0] + Tables.end(head)) / 2;
        assertTrue(Math.abs(mid - (colX + colEnd) / 2) <= 1, "centred header at " + mid);
        // every row on the grid: baselines of rows one pitch apart
        List<Integer> baselines = lines.stream().filter(l -> l.text().matches("6\\d{5}")).map(LineBox::baseline).toList();
        for (int i = 1; i < baselines.size(); i++) assertEquals(Tables.T.pitch(), baselines.get(i) - baselines.get(i - 1));
    }

    @Test
    void aTableSplitOverTwoColumnsRepeatsItsHeader() {
        Rect r = Tables.T.gridRect(0, 6, 0, 12);
        TableFrame t = Tables.stocks("stocks", r, 18).withTextColumns(2, Tables.T.gap());
        TableLayout tl = Tables.compose(t);
        assertEquals(2, tl.segments().size());
        assertEquals(0, tl.oversetRows());
        List<LineBox> heads = Tables.lines(tl.marks()).stream().filter(l -> l.text().equals("代码")).toList();
        assertEquals(2, heads.size(), "the header is set at the top of both columns");
        assertEquals(heads.get(0).baseline(), heads.get(1).baseline());
        assertTrue(heads.get(1).x() >= tl.columns().get(1).x());
        // 12 grid lines: header + 11 rows in the first column, header + 7 in the second
        long secondColumnRows = Tables.lines(tl.marks()).stream()
                .filter(l -> l.x() >= tl.columns().get(1).x() && l.text().matches("6\\d{5}")).count();
        assertEquals(7, secondColumnRows);
        // each column has its own outer frame (反线)
        List<BoxMark> boxes = tl.marks().stream().filter(m -> m instanceof BoxMark).map(m -> (BoxMark) m).toList();
        assertEquals(2, boxes.size());
        assertEquals(1000, boxes.get(0).weight());
    }

    @Test
    void rowsThatFitNoColumnAreOversetAndReported() {
        Rect r = Tables.T.gridRect(0, 3, 0, 6);
        TableFrame t = Tables.stocks("stocks", r, 9);
        TableLayout tl = Tables.compose(t);
        assertEquals(5, tl.rowsSet());
        assertEquals(4, tl.oversetRows());
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(Tables.edition(t));
        assertTrue(layout.warnings().stream().anyMatch(w -> w.contains("超 4 行")), layout.warnings().toString());
        assertEquals(FrameKind.TABLE, layout.pages().get(0).frames().get(0).kind());
        assertEquals(6, layout.pages().get(0).frames().get(0).linesUsed());
    }

    @Test
    void mergedCellsBreakTheInnerRulesTheySpan() {
        List<TableColumn> cols = List.of(TableColumn.chars(6, CellAlign.LEFT), TableColumn.chars(6, CellAlign.LEFT),
                TableColumn.chars(6, CellAlign.LEFT));
        List<List<TableCell>> rows = new ArrayList<>();
        rows.add(List.of(new TableCell("地区", "", null, 1, 1), new TableCell("天气预报", "", null, 1, 2)));
        rows.add(List.of(new TableCell("华北", "", null, 2, 1), new TableCell("北京"), new TableCell("晴")));
        rows.add(Tables.cells("天津", "多云"));
        rows.add(Tables.cells("华东", "上海", "小雨"));
        Rect r = Tables.T.gridRect(0, 2, 0, 20);
        TableFrame t = TableFrame.of("weather", r, cols, rows);
        TableLayout tl = Tables.compose(t);
        int w = Tables.T.bodySize() * 6;
        int x1 = r.x() + w, x2 = r.x() + 2 * w;
        List<RuleMark> rules = tl.marks().stream().filter(m -> m instanceof RuleMark).map(m -> (RuleMark) m).toList();
        int pitch = Tables.T.pitch();
        int top = tl.segments().get(0).y();
        // the vertical line between columns 2 and 3 skips the header row (天气预报 spans both)
        List<RuleMark> at2 = rules.stream().filter(m -> m.x1() == x2 && m.x2() == x2).toList();
        assertEquals(1, at2.size());
        assertEquals(top + pitch, at2.get(0).y1());
        // the line under 北京 does not cross 华北, which spans two rows
        List<RuleMark> under = rules.stream().filter(m -> m.y1() == top + 2 * pitch && m.y2() == m.y1()).toList();
        assertEquals(1, under.size());
        assertEquals(x1, under.get(0).x1());
        // 华北 is centred vertically on its two rows
        LineBox huabei = Tables.lines(tl.marks()).stream().filter(l -> l.text().equals("华北")).findFirst().orElseThrow();
        LineBox beijing = Tables.lines(tl.marks()).stream().filter(l -> l.text().equals("北京")).findFirst().orElseThrow();
        LineBox tianjin = Tables.lines(tl.marks()).stream().filter(l -> l.text().equals("天津")).findFirst().orElseThrow();
        assertEquals((beijing.baseline() + tianjin.baseline()) / 2, huabei.baseline(), 1);
        // 天气预报 is centred over both its columns
        LineBox forecast = Tables.lines(tl.marks()).stream().filter(l -> l.text().equals("天气预报")).findFirst().orElseThrow();
        int mid = (forecast.x() + forecast.runs().get(0).xs()[0] + Tables.end(forecast)) / 2;
        assertEquals((x1 + r.x() + 3 * w) / 2, mid, 1);
    }

    @Test
    void aLongCellWrapsByClreqRulesAndTheRowGrows() {
        List<TableColumn> cols = List.of(TableColumn.chars(4, CellAlign.LEFT), TableColumn.chars(7, CellAlign.LEFT));
        // at 7 字 less padding, 6 characters fit: the 。 after them must not start the next line
        String text = "今日多云转晴天。气温回升，午后有阵雨，请注意出行安全。";
        List<List<TableCell>> rows = List.of(Tables.cells("时间", "天气"), Tables.cells("今天", text));
        TableFrame t = TableFrame.of("w", Tables.T.gridRect(0, 2, 0, 20), cols, rows);
        TableLayout tl = Tables.compose(t);
        List<LineBox> cell = Tables.lines(tl.marks()).stream().filter(l -> l.x() > t.bounds().x() + 4 * Tables.T.bodySize()
                && !l.text().equals("天气")).toList();
        assertTrue(cell.size() >= 3, "the text wraps: " + cell.stream().map(LineBox::text).toList());
        assertEquals(text, cell.stream().map(LineBox::text).collect(Collectors.joining()));
        for (LineBox l : cell) {
            assertFalse(l.text().startsWith("。") || l.text().startsWith("，"), "a line starts with punctuation: " + l.text());
            assertTrue(Tables.end(l) <= t.bounds().x() + 11 * Tables.T.bodySize() - t.padding());
        }
        // the row is as many grid lines as its text needs; 今天 sits centred on them
        assertEquals(1 + cell.size(), tl.linesUsed());
        LineBox today = Tables.lines(tl.marks()).stream().filter(l -> l.text().equals("今天")).findFirst().orElseThrow();
        assertEquals((cell.get(0).baseline() + cell.get(cell.size() - 1).baseline()) / 2, today.baseline(), 1);
    }

    @Test
    void shadedHeaderAndRuleKinds() {
        TableFrame t = Tables.stocks("s", TALL, 3).withRules(new TableRule(paiban.model.frame.TableRuleKind.DOTTED, 0),
                TableRule.NONE, TableRule.THIN, TableRule.THICK, new Cmyk(0, 0, 0, 15));
        TableLayout tl = Tables.compose(t);
        BoxMark shade = (BoxMark) tl.marks().get(0);
        assertEquals(new Cmyk(0, 0, 0, 15), shade.fill());
        assertEquals(Tables.T.pitch(), shade.rect().height());
        List<RuleMark> rules = tl.marks().stream().filter(m -> m instanceof RuleMark).map(m -> (RuleMark) m).toList();
        // no lines between body rows; one 反线 under the header; a dotted outer frame of four strokes
        long horizontal = rules.stream().filter(m -> m.y1() == m.y2() && !m.dashed()).count();
        assertEquals(1, horizontal);
        assertEquals(1000, rules.stream().filter(m -> m.y1() == m.y2() && !m.dashed()).findFirst().orElseThrow().weight());
        assertEquals(4, rules.stream().filter(RuleMark::dashed).count());
        assertFalse(tl.marks().stream().anyMatch(m -> m instanceof BoxMark b && b.stroke() != null));
    }
}
