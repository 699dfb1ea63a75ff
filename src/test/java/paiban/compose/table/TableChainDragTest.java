package paiban.compose.table;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.compose.flow.EditionComposer;
import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.TableFrame;

/**
 * The composer's session keeps a page's furniture while its page is the same (issue #16), but a
 * table continued onto another page (续表框) follows that page: linking, unlinking or resizing the
 * first frame on page 1 changes the rows page 2 shows, and the session shows what a whole
 * composition shows.
 */
class TableChainDragTest {
    static List<String> lines(EditionLayout layout) {
        List<String> out = new ArrayList<>();
        for (PageLayout p : layout.pages()) {
            for (LineBox l : p.lines()) out.add(p.pageId() + " " + l.x() + "," + l.baseline() + " " + l.text());
        }
        return out;
    }

    @Test
    void aContinuationFollowsChangesOnTheOtherPage() {
        TableFrame first = Tables.stocks("t1", Tables.T.gridRect(0, 6, 0, 12), 40);
        TableFrame second = Tables.stocks("t2", Tables.T.gridRect(2, 6, 10, 40), 1);
        Edition e = TableChainTest.edition(first, second);
        EditionComposer live = new EditionComposer(FontLibrary.shared());
        live.layout(e, null);
        Page p1 = e.pages().get(0);
        List<Edition> steps = List.of(
                e.withPage(p1.withFrame(first.withNext("t2"))), // page 2's frame becomes the continuation
                e.withPage(p1.withFrame(first.withNext("t2").withBounds(Tables.T.gridRect(0, 6, 0, 16)))),
                e.withPage(p1.withFrame(first.withNext("t2").withBounds(Tables.T.gridRect(0, 6, 0, 8)))),
                e); // and unlinked again
        int page2Rows = -1;
        for (Edition step : steps) {
            EditionLayout inc = live.layout(step, null);
            EditionLayout whole = new EditionComposer(FontLibrary.shared()).compose(step);
            assertEquals(lines(whole), lines(inc));
            assertEquals(whole.warnings(), inc.warnings());
            int rows = (int) inc.pages().get(1).lines().stream().filter(l -> l.text().matches("6\\d{5}")).count();
            if (page2Rows >= 0) assertEquals(true, rows != page2Rows, "page 2 changed with page 1: " + rows);
            page2Rows = rows;
        }
    }
}
