package paiban.compose.table;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.compose.line.ParagraphSetter;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.TableChains;
import paiban.model.frame.TableFrame;

/** A table continued in the next table frame of its chain (续表框). */
class TableChainTest {
    static Edition edition(TableFrame first, TableFrame second) {
        Page p1 = new Page("p1", "A01", "经济", Tables.T.name(), List.of(first));
        Page p2 = new Page("p2", "A02", "经济", Tables.T.name(), List.of(second));
        return new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(Tables.T),
                Tables.STYLES, List.of(p1, p2), List.of());
    }

    static Map<TableFrame, TableLayout> compose(Edition e) {
        Page p1 = e.pages().get(0);
        List<TableChains.Link> chain = TableChains.chainOf(e, e.pages().get(1),
                (TableFrame) e.pages().get(1).frames().get(0));
        assertEquals(2, chain.size());
        assertEquals(p1, chain.get(0).page(), "the chain starts at its first frame");
        return new TableChainComposer(new TableComposer(new ParagraphSetter(FontLibrary.shared()))).compose(e, chain);
    }

    static List<String> codes(TableLayout l) {
        return Tables.lines(l.marks()).stream().map(LineBox::text).filter(s -> s.matches("6\\d{5}")).toList();
    }

    @Test
    void fortyRowsRunOnIntoTheSecondFrameWithTheHeaderRepeated() {
        // frame 1 has 12 grid lines: the header and 11 rows; frame 2 (another page, its own rows ignored) the other 29
        TableFrame first = Tables.stocks("t1", Tables.T.gridRect(0, 6, 0, 12), 40).withNext("t2");
        TableFrame second = Tables.stocks("t2", Tables.T.gridRect(2, 6, 10, 40), 1);
        Edition e = edition(first, second);
        Map<TableFrame, TableLayout> out = compose(e);
        TableLayout a = out.get(first), b = out.get(second);
        assertEquals(11, a.rowsSet());
        assertEquals(0, a.oversetRows());
        assertEquals(29, b.rowsSet());
        assertEquals(0, b.oversetRows());
        List<String> all = Tables.stocks("x", Tables.T.gridRect(0, 6, 0, 50), 40).rows().stream().skip(1)
                .map(r -> r.get(0).text()).toList();
        assertEquals(all.subList(0, 11), codes(a));
        assertEquals(all.subList(11, 40), codes(b), "frame 2 goes on where frame 1 stopped");
        for (TableLayout l : List.of(a, b)) {
            assertEquals(1, Tables.lines(l.marks()).stream().filter(x -> x.text().equals("代码")).count(),
                    "the header in each frame");
        }
        Rect r2 = second.bounds();
        assertTrue(Tables.lines(b.marks()).stream().allMatch(l -> r2.contains(l.x(), l.baseline())),
                "frame 2's rows sit in frame 2");
        // cell boxes of the continuation are numbered as rows of the whole table
        assertTrue(b.cells().stream().anyMatch(c -> c.row() == 40), "the last row is row 40");
        // the composed edition: no overset warning
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e);
        assertTrue(layout.warnings().stream().noneMatch(w -> w.contains("超")), layout.warnings().toString());
        assertEquals(29, layout.pages().get(1).lines().stream().filter(l -> l.text().matches("6\\d{5}")).count());
    }

    @Test
    void onlyTheLastFrameReportsTheRowsThatDoNotFit() {
        TableFrame first = Tables.stocks("t1", Tables.T.gridRect(0, 6, 0, 12), 40).withNext("t2");
        TableFrame second = Tables.stocks("t2", Tables.T.gridRect(0, 6, 0, 12), 1);
        Edition e = edition(first, second);
        Map<TableFrame, TableLayout> out = compose(e);
        assertEquals(0, out.get(first).oversetRows());
        assertEquals(11, out.get(second).rowsSet());
        assertEquals(18, out.get(second).oversetRows());
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e);
        List<String> overset = layout.warnings().stream().filter(w -> w.contains("超")).toList();
        assertEquals(1, overset.size(), overset.toString());
        assertTrue(overset.get(0).contains("table t2: 超 18 行"), overset.get(0));
    }
}
