package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.layout.BoxMark;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.layout.StrokeStyle;
import paiban.model.Rect;
import paiban.model.style.Cmyk;
import paiban.render.fx.ScreenTransform;

/** What the page layer repaints when a new layout of the same page comes: only the marks that differ. */
class PageDamageTest {
    static final ScreenTransform AT = new ScreenTransform(0.001, 10, 10); // one pixel a point
    static final Cmyk BLACK = new Cmyk(0, 0, 0, 100);

    static PageLayout page(Mark... marks) {
        return new PageLayout("p1", 1, "第一版", 600_000, 800_000, List.of(marks), List.of());
    }

    /** A new line object with the same glyphs, as the composer makes for a line that did not change. */
    static LineBox line(int x, int baseline) {
        GlyphRun run = new GlyphRun(null, 9_000, BLACK, new int[] {7, 8}, new int[] {0, 9_000},
                new int[] {9_000, 9_000}, "排版", new int[] {0, 1});
        return new LineBox(x, baseline, 18_000, List.of(run), "s1", 0, 0, 2);
    }

    static RuleMark rule(int y) {
        return new RuleMark(0, y, 500_000, y, 1_000, BLACK, StrokeStyle.SOLID);
    }

    @Test
    void aLayoutDrawnTheSameDamagesNothing() {
        List<double[]> d = PageLayer.damage(page(line(10_000, 20_000), rule(50_000)),
                page(line(10_000, 20_000), rule(50_000)), AT, 800, 900);
        assertNotNull(d);
        assertTrue(d.isEmpty(), "equal lines are matched by content, not identity");
    }

    @Test
    void aMovedLineDamagesWhereItWasAndWhereItIs() {
        List<double[]> d = PageLayer.damage(page(line(10_000, 20_000), rule(300_000)),
                page(line(10_000, 200_000), rule(300_000)), AT, 800, 900);
        assertEquals(2, d.size(), "two separate places");
        double[] top = d.get(0)[1] < d.get(1)[1] ? d.get(0) : d.get(1), bottom = top == d.get(0) ? d.get(1) : d.get(0);
        // the glyphs stand on the baseline at 30 px (old) and 210 px (new), 18 px wide from x 20
        assertTrue(top[0] <= 20 && top[2] >= 38 && top[1] <= 30 - 9 && top[3] >= 30, java.util.Arrays.toString(top));
        assertTrue(bottom[1] <= 210 - 9 && bottom[3] >= 210, java.util.Arrays.toString(bottom));
        assertTrue(bottom[1] > 60, "the rule between them is not repainted");
        for (double[] r : d) for (double v : r) assertEquals(Math.floor(v), v, "whole pixels");
    }

    @Test
    void keptMarksInAnotherOrderPaintEverything() {
        Mark a = new BoxMark(new Rect(0, 0, 100_000, 100_000), BLACK, null, 0);
        Mark b = new BoxMark(new Rect(50_000, 50_000, 100_000, 100_000), new Cmyk(100, 0, 0, 0), null, 0);
        assertNull(PageLayer.damage(page(a, b), page(b, a), AT, 800, 900), "overlaps would come out the other way round");
    }

    @Test
    void touchingRectanglesMergeIntoOne() {
        List<double[]> m = PageLayer.merge(List.of(new double[] {0, 0, 10, 10}, new double[] {10, 5, 20, 30},
                new double[] {100, 100, 110, 110}));
        assertEquals(2, m.size());
        assertTrue(m.stream().anyMatch(r -> r[0] == 0 && r[1] == 0 && r[2] == 20 && r[3] == 30));
    }
}
