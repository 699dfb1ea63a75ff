package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.ui.TestEditions;

/** Undoing a page that came, went or moved gives back the labels set by hand, which counting again would not. */
class PageLabelUndoTest {
    private static Edition labelled(String... labels) {
        Edition e = TestEditions.twoPages();
        Page model = e.pages().get(1);
        List<Page> pages = new ArrayList<>(e.pages());
        for (int i = pages.size(); i < labels.length; i++) pages.add(new Page("x" + i, "", model.section(), model.template(), List.of()));
        for (int i = 0; i < labels.length; i++) pages.set(i, pages.get(i).withLabel(labels[i]));
        return e.withPages(pages);
    }

    private static List<String> labels(Edition e) {
        return e.pages().stream().map(Page::label).toList();
    }

    @Test
    void deletingAPageAndUndoingKeepsHandSetLabels() {
        // "05 02 03" does not count; without "05" it does, so counting again on undo would make "02 03 04"
        Edition e = labelled("05", "02", "03");
        History h = History.of(e);
        h.apply(new AddPage.DeletePage(e.pages().get(0).id()));
        h.undo();
        assertEquals(List.of("05", "02", "03"), labels(h.edition()));
        h.redo();
        h.undo();
        assertEquals(e, h.edition());
    }

    @Test
    void movingAPageAndUndoingKeepsHandSetLabels() {
        Edition e = labelled("01", "02", "07");
        History h = History.of(e);
        h.apply(new MovePage(2, 0));
        h.undo();
        assertEquals(List.of("01", "02", "07"), labels(h.edition()));
    }

    @Test
    void countingLabelsStillCountOnTheEditItself() {
        Edition e = labelled("01", "02", "03");
        History h = History.of(e);
        h.apply(new AddPage.DeletePage(e.pages().get(0).id()));
        assertEquals(List.of("01", "02"), labels(h.edition()));
        h.undo();
        assertEquals(List.of("01", "02", "03"), labels(h.edition()));
    }
}
