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
import paiban.model.frame.Frame;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.TableCell;
import paiban.model.frame.TableColumn;
import paiban.model.frame.TableFrame;
import paiban.model.style.DefaultStyles;

/** The table frame's optional "next" key (续表框). */
class TableChainJsonTest {
    static final PageTemplate T = PageTemplate.duikai();

    static TableFrame table(String id, int col) {
        return TableFrame.of(id, T.gridRect(col, 1, 0, 10), List.of(TableColumn.chars(4, CellAlign.LEFT)),
                List.of(List.of(new TableCell("名称")), List.of(new TableCell("甲"))));
    }

    static Edition with(List<Frame> p1, List<Frame> p2) {
        return new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(new Page("p1", "A01", "经济", T.name(), p1),
                new Page("p2", "A02", "经济", T.name(), p2)), List.of());
    }

    @Test
    void nextRoundTripsAndIsLeftOutWhenEmpty() throws DocumentException {
        Edition e = with(List.of(table("t1", 0).withNext("t2")), List.of(table("t2", 0)));
        String json = EditionFile.toJson(e);
        assertTrue(json.matches("(?s).*\"next\"\\s*:\\s*\"t2\".*"), json);
        Edition back = EditionFile.fromJson(json, "t.json");
        assertEquals("t2", ((TableFrame) back.pages().get(0).frames().get(0)).next());
        assertEquals(json, EditionFile.toJson(back));
        String plain = EditionFile.toJson(with(List.of(table("t1", 0)), List.of()));
        assertFalse(plain.contains("\"next\""), plain);
    }

    @Test
    void aCycleIsRefusedWhereItIs() throws DocumentException {
        String json = EditionFile.toJson(with(List.of(table("t1", 0).withNext("t2")),
                List.of(table("t2", 0).withNext("t3"), table("t3", 1).withNext("t1"))));
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.fromJson(json, "t.json"));
        assertTrue(e.getMessage().contains("loop"), e.getMessage());
        assertTrue(e.getMessage().contains("pages[0].frames[0].next"), e.getMessage());
    }

    @Test
    void aNextThatIsNotATableFrameIsRefused() throws DocumentException {
        RuleFrame rule = new RuleFrame("r1", T.gridRect(1, 1, 0, 1), paiban.model.frame.RuleStyle.SOLID, 500);
        String toRule = EditionFile.toJson(with(List.of(table("t1", 0), rule), List.of()))
                .replaceFirst("\"id\"(\\s*):(\\s*)\"t1\"", "\"id\" : \"t1\", \"next\" : \"r1\"");
        assertTrue(toRule.contains("\"next\" : \"r1\""), toRule);
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.fromJson(toRule, "t.json"));
        assertTrue(e.getMessage().contains("not a table frame") && e.getMessage().contains("frames[0].next"),
                e.getMessage());
        String missing = EditionFile.toJson(with(List.of(table("t1", 0).withNext("nowhere")), List.of()));
        DocumentException m = assertThrows(DocumentException.class, () -> EditionFile.fromJson(missing, "t.json"));
        assertTrue(m.getMessage().contains("no table frame \"nowhere\""), m.getMessage());
    }

    @Test
    void twoTablesContinuingInOneFrameAreRefused() throws DocumentException {
        String json = EditionFile.toJson(with(List.of(table("t1", 0).withNext("t3"), table("t2", 1).withNext("t3")),
                List.of(table("t3", 0))));
        DocumentException e = assertThrows(DocumentException.class, () -> EditionFile.fromJson(json, "t.json"));
        assertTrue(e.getMessage().contains("already continues in"), e.getMessage());
        assertTrue(e.getMessage().contains("frames[1].next"), e.getMessage());
    }
}
