package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import paiban.model.PageTemplate;
import paiban.model.Rect;

/** Rules drawn or moved near the grid land in a gutter's middle or a grid line's middle, keeping their size. */
class RuleSnapTest {
    static final PageTemplate T = PageTemplate.duikai();
    static final GridSnap SNAP = new GridSnap(T, 4000);

    @Test
    void aVerticalRuleSnapsToTheMiddleOfTheNearestGutter() {
        int gutterMiddle = T.columnRight(2) + T.gap() / 2;
        Rect near = new Rect(gutterMiddle + 2500 - 250, T.lineTop(10) + 1800, 500, T.spanHeight(20));
        Rect snapped = SNAP.rule(near);
        assertEquals(gutterMiddle, snapped.x() + snapped.width() / 2, "centred in the gutter");
        assertEquals(T.lineTop(10), snapped.y(), "its top on a grid line");
        assertEquals(near.width(), snapped.width());
        assertEquals(near.height(), snapped.height());
    }

    @Test
    void aHorizontalRuleSnapsToTheMiddleOfAGridLineAndToColumnEdges() {
        Rect near = new Rect(T.columnLeft(1) + 3000, T.lineTop(30) + T.bodySize() / 2 + 2000, T.spanWidth(3), 1000);
        Rect snapped = SNAP.rule(near);
        assertEquals(T.lineTop(30) + T.bodySize() / 2, snapped.y() + snapped.height() / 2);
        assertEquals(T.columnLeft(1), snapped.x());
        assertEquals(near.width(), snapped.width());
    }

    @Test
    void aRuleFarFromTheGridStaysWhereItIs() {
        Rect far = new Rect(T.columnLeft(1) + 40_000, T.lineTop(30) + 6000, 500, 100_000);
        assertEquals(far, new GridSnap(T, 1000).rule(far));
    }
}
