package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import paiban.model.unit.Units;

class PageTemplateTest {

    @Test
    void broadsheetTypeAreaIs111CharactersWide() {
        PageTemplate t = PageTemplate.duikai();
        // 8 columns × 13 字 + 7 gaps of 1 字 = 111 字 of 9 pt
        assertEquals(Units.pt(9) * 111, t.typeWidth());
        assertEquals(352.4, Units.toMm(t.typeWidth()), 0.1);
        assertTrue(t.trim().contains(t.typeArea()), "type area inside the trim");
    }

    @Test
    void broadsheetHoldsAboutTenThousandBodyCharacters() {
        PageTemplate t = PageTemplate.duikai();
        int chars = t.columns() * t.charsPerColumn() * t.lines();
        assertTrue(chars >= 10_000 && chars <= 11_000, "SPEC §1 says 10–11 thousand, got " + chars);
    }

    @Test
    void typeAreaIsCentredOnTheTrim() {
        PageTemplate t = PageTemplate.sikai();
        int left = t.marginLeft();
        int right = t.trimWidth() - t.typeArea().right();
        assertTrue(Math.abs(left - right) <= 1, left + " vs " + right);
    }

    @Test
    void columnsAndLinesLieOnTheGrid() {
        PageTemplate t = PageTemplate.duikai();
        assertEquals(t.columnLeft(1) - t.columnRight(0), t.gap());
        assertEquals(t.typeArea().right(), t.columnRight(t.columns() - 1));
        assertEquals(t.columnLeft(t.columns()), t.typeArea().right());
        assertEquals(t.lineTop(3) - t.lineTop(2), t.pitch());
        Rect r = t.gridRect(2, 3, 10, 20);
        assertEquals(t.columnLeft(2), r.x());
        assertEquals(t.columnRight(4), r.right());
        assertEquals(t.lineTop(10), r.y());
        assertEquals(t.lineTop(29) + t.bodySize(), r.bottom());
    }

    @Test
    void badTemplatesAreRefusedWithTheirName() {
        var e = assertThrows(IllegalArgumentException.class,
                () -> PageTemplate.centred("坏", Units.mm(100), Units.mm(100), Units.pt(9), 13, 1, 0, 10, Units.pt(12)));
        assertTrue(e.getMessage().contains("坏"));
        assertThrows(IllegalArgumentException.class,
                () -> PageTemplate.centred("x", Units.mm(100), Units.mm(100), Units.pt(9), 13, 1, 2, 10, Units.pt(8)));
    }

    @Test
    void linesSpannedAndSpanHeightAreInverses() {
        PageTemplate t = PageTemplate.duikai();
        assertEquals(t.bodySize(), t.spanHeight(1));
        assertEquals(t.bodySize() + 8 * t.pitch(), t.spanHeight(9));
        assertEquals(t.spanHeight(9), t.spanHeight(9.0));
        assertEquals(t.bodySize() + Math.round(8.5 * t.pitch()), t.spanHeight(9.5));
        assertEquals(9.0, t.linesSpanned(t.spanHeight(9)), 1e-12);
        assertEquals(9.5, t.linesSpanned(t.spanHeight(9.5)), 1e-3);
        assertEquals(1.0, t.linesSpanned(t.bodySize()), 1e-12);
        assertEquals(t.typeHeight(), t.spanHeight(t.lines()));
        assertEquals(PageTemplate.spanHeight(9, t.pitch(), t.bodySize()), t.spanHeight(9));
        assertThrows(IllegalArgumentException.class, () -> t.spanHeight(1e12));
    }
}
