package paiban.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import paiban.compose.line.ParagraphSetter;
import paiban.compose.table.TableComposer;
import paiban.compose.table.TableLayout;
import paiban.font.FontLibrary;
import paiban.model.PageTemplate;
import paiban.model.frame.CellAlign;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;

/** Composing a 200-row, six-column market table (decimal columns) through four text columns of a full page. */
public final class TableBenchmark implements Benchmark {
    static final int ROWS = 200;

    @Override public String name() { return "table"; }

    @Override public String summary() { return "compose a 200-row six-column market table over four text columns"; }

    /** The benchmark's table on a 对开 page. */
    public static TableFrame table(PageTemplate t) {
        List<TableColumn> cols = List.of(TableColumn.chars(4, CellAlign.LEFT), TableColumn.chars(5, CellAlign.LEFT),
                TableColumn.chars(4, CellAlign.DECIMAL), TableColumn.chars(3.5, CellAlign.DECIMAL),
                TableColumn.chars(4, CellAlign.DECIMAL), TableColumn.chars(4.5, CellAlign.RIGHT));
        String[] names = {"浦发银行", "招商银行", "贵州茅台", "平安银行", "万科A", "中国石化", "格力电器", "宁德时代"};
        List<List<TableCell>> rows = new ArrayList<>();
        rows.add(cells("代码", "名称", "收盘", "涨跌", "涨跌幅", "成交量"));
        for (int i = 0; i < ROWS; i++) {
            int cents = 300 + (i * 7919) % 190_000;
            rows.add(cells(String.format("%06d", 600000 + i * 3), names[i % names.length],
                    cents / 100 + "." + String.format("%02d", cents % 100), (i % 2 == 0 ? "-" : "") + "0." + (i % 97),
                    (i % 10) + "." + (i % 7) + "%", Integer.toString(10_000 + i * 131)));
        }
        int cw = (t.typeWidth() - 3 * t.gap()) / 4;
        return TableFrame.of("bench", t.gridRect(0, t.columns(), 0, t.lines()), cols, rows)
                .withTextColumns(4, t.gap()).withBounds(new paiban.model.Rect(t.columnLeft(0), t.lineTop(0),
                        4 * cw + 3 * t.gap(), t.typeHeight()));
    }

    private static List<TableCell> cells(String... s) {
        List<TableCell> out = new ArrayList<>();
        for (String x : s) out.add(new TableCell(x));
        return out;
    }

    @Override public void run(PrintStream out, boolean quick) {
        PageTemplate t = PageTemplate.duikai();
        StyleSheet sheet = DefaultStyles.forBody(t.bodySize());
        TableFrame table = table(t);
        TableComposer composer = new TableComposer(new ParagraphSetter(FontLibrary.shared()));
        int warmups = quick ? 1 : 20;
        int rounds = quick ? 2 : 20;
        TableLayout last = null;
        for (int i = 0; i < warmups; i++) last = composer.compose(table, t, sheet);
        double[] ms = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = System.nanoTime();
            last = composer.compose(table, t, sheet);
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        out.printf("table: median %.1f ms, best %.1f ms to compose %d rows × 6 columns (%d rows set, %d overset, %d marks; %d rounds, warm)%n",
                ms[rounds / 2], ms[0], ROWS, last.rowsSet(), last.oversetRows(), last.marks().size(), rounds);
    }
}
