package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.model.PageTemplate;
import paiban.model.Rect;

class GridSnapTest {
    static final PageTemplate T = PageTemplate.duikai();
    static final int TOL = 3000;
    final GridSnap snap = new GridSnap(T, TOL);

    @ParameterizedTest(name = "column {0}, off by {1}")
    @CsvSource({"0, 0", "0, 2500", "3, -2999", "7, 1200"})
    void leftEdgesSnapToColumnStartsWithinTolerance(int column, int off) {
        assertEquals(T.columnLeft(column), snap.left(T.columnLeft(column) + off));
    }

    @Test
    void betweenTwoCharactersNothingSnaps() {
        // column 2's middle: 6.5 字 in, half a 字 (4.5 pt) from the 字 grid, beyond the 3 pt tolerance
        int between = (T.columnLeft(2) + T.columnRight(2)) / 2;
        assertEquals(between, snap.left(between));
        assertEquals(between, snap.right(between));
    }

    @ParameterizedTest(name = "{0} 字 into column 3, off by {1}")
    @CsvSource({"4, 1500", "6, -2900", "9, 800"})
    void awayFromColumnEdgesEdgesSnapToWholeCharacters(int chars, int off) {
        int onGrid = T.columnLeft(3) + chars * T.bodySize();
        assertEquals(onGrid, snap.left(onGrid + off));
        assertEquals(onGrid, snap.right(onGrid + off));
    }

    @Test
    void aColumnEdgeWithinReachWinsOverANearerCharacter() {
        // zoomed out the reach is nearly a 字: 5 pt into column 3 is 4 pt from its second 字, yet goes to its start
        GridSnap wide = new GridSnap(T, 8000);
        assertEquals(T.columnLeft(3), wide.left(T.columnLeft(3) + 5000));
        assertEquals(T.columnRight(3), wide.right(T.columnRight(3) - 5000));
        assertEquals(T.columnLeft(3) + 2 * T.bodySize(), wide.left(T.columnLeft(3) + 2 * T.bodySize() - 500));
    }

    @Test
    void aMovedFrameOffTheColumnsLandsOnWholeCharacters() {
        Rect frame = new Rect(T.columnLeft(1) + 5 * T.bodySize(), T.lineTop(10), 20 * T.bodySize(), T.spanHeight(8));
        assertEquals(frame, snap.move(frame.moved(1300, 0)));
        assertEquals(frame, snap.move(frame.moved(-2000, 0)));
    }

    @Test
    void rightEdgesSnapToColumnEndsAndBottomsToLineBottoms() {
        assertEquals(T.columnRight(4), snap.right(T.columnRight(4) - 2000));
        assertEquals(T.lineTop(20) + T.bodySize(), snap.bottom(T.lineTop(20) + T.bodySize() + 1500));
        assertEquals(T.lineTop(20), snap.top(T.lineTop(20) - 1500));
    }

    @Test
    void aMovedFrameKeepsItsSizeAndLandsOnTheGrid() {
        Rect grid = T.gridRect(2, 3, 10, 20);
        Rect moved = snap.move(grid.moved(1700, -2200));
        assertEquals(grid, moved);
    }

    @Test
    void aResizedFrameSnapsOnlyTheDraggedEdges() {
        Rect grid = T.gridRect(2, 3, 10, 20);
        Rect dragged = new Rect(grid.x(), grid.y(), grid.width() + T.spanWidth(1) + T.gap() + 2000, grid.height() + 1000);
        Rect out = snap.resize(dragged, false, false, true, false);
        assertEquals(T.gridRect(2, 4, 10, 20).width(), out.width());
        assertEquals(grid.height() + 1000, out.height());
    }
}
