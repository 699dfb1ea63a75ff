package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PathMark;
import paiban.layout.RuleMark;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.ColumnRule;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.Insets;
import paiban.model.frame.RuleFrame;
import paiban.model.frame.RuleStyle;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.model.style.Cmyk;

/** 花边 borders, rounded corners, 文武线 and 栏线 as the composer lays them out. */
class PatternBorderTest {
    static final PageTemplate T = Editions.T;

    static List<BorderStyle> patterns() {
        return List.of(BorderStyle.values()).stream().filter(BorderStyle::isPattern).toList();
    }

    /** The rectangle a mark paints: a path's points, a rule's stroke with its weight. */
    static Rect painted(Mark m) {
        if (m instanceof PathMark p) {
            Rect b = p.bounds();
            int h = p.stroke() == null ? 0 : (p.weight() + 1) / 2;
            return new Rect(b.x() - h, b.y() - h, b.width() + 2 * h, b.height() + 2 * h);
        }
        RuleMark r = (RuleMark) m;
        int h = (r.weight() + 1) / 2;
        int x0 = Math.min(r.x1(), r.x2()), x1 = Math.max(r.x1(), r.x2());
        int y0 = Math.min(r.y1(), r.y2()), y1 = Math.max(r.y1(), r.y2());
        return r.y1() == r.y2() ? new Rect(x0, y0 - h, x1 - x0, 2 * h) : new Rect(x0 - h, y0, 2 * h, y1 - y0);
    }

    /** A path's subpaths (each from a move) as marks of their own; a rule as it is. */
    static List<Mark> subpaths(Mark m) {
        if (!(m instanceof PathMark p)) return List.of(m);
        List<Mark> out = new ArrayList<>();
        List<PathMark.Segment> current = new ArrayList<>();
        for (PathMark.Segment s : p.segments()) {
            if (s instanceof PathMark.Move && !current.isEmpty()) {
                out.add(new PathMark(current, p.fill(), p.stroke(), p.weight(), p.style()));
                current = new ArrayList<>();
            }
            current.add(s);
        }
        if (!current.isEmpty()) out.add(new PathMark(current, p.fill(), p.stroke(), p.weight(), p.style()));
        return out;
    }

    static Rect grown(Rect r, int by) {
        return new Rect(r.x() - by, r.y() - by, r.width() + 2 * by, r.height() + 2 * by);
    }

    static boolean overlaps(Rect a, Rect b) {
        return a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
    }

    static boolean inside(Rect inner, Rect outer) {
        return inner.x() >= outer.x() - 1 && inner.y() >= outer.y() - 1 && inner.right() <= outer.right() + 1
                && inner.bottom() <= outer.bottom() + 1;
    }

    /**
     * The property: for every 花边 and many insets per side (seeded), the story's text stays inside the
     * border plus its insets, and every piece of the pattern stays in the border's band: inside the frame,
     * clear of the text area.
     */
    @Test
    void aFramedStoryStaysInsideItsPatternBorderAtEveryInset() {
        Random random = new Random(15);
        for (BorderStyle style : patterns()) {
            for (int round = 0; round < 6; round++) {
                int lines = 1 + random.nextInt(2);
                FrameBorder border = new FrameBorder(lines * T.pitch(), style, Cmyk.RED);
                Insets in = new Insets(random.nextInt(3) * T.bodySize() / 2, random.nextInt(4) * T.bodySize() / 2 + random.nextInt(2) * 4500,
                        random.nextInt(3) * T.bodySize() / 2, random.nextInt(4) * T.bodySize() / 2);
                TextFrame frame = new TextFrame("box", T.gridRect(1, 2, 10, 24), 1, T.gap(), 0, null, null, false, "",
                        new FrameLook(null, 100, false, border), in, null);
                Story s = new Story("s", "简讯", Editions.paragraphs(4, 14, 200), List.of(new FrameRef("p1", "box")));
                List<Mark> marks = FrameLookTest.compose(List.of(frame), List.of(s)).pages().get(0).marks();
                Rect b = frame.bounds();
                int w = border.weight();
                Rect area = new Rect(b.x() + w + in.left(), b.y() + w + in.top(), b.width() - 2 * w - in.left() - in.right(),
                        b.height() - 2 * w - in.top() - in.bottom());
                assertEquals(area, frame.textArea(), style + " " + in);
                List<LineBox> text = marks.stream().filter(m -> m instanceof LineBox).map(m -> (LineBox) m).toList();
                assertInside(text, area);
                Rect clear = new Rect(b.x() + w, b.y() + w, b.width() - 2 * w, b.height() - 2 * w);
                List<Mark> pattern = marks.stream().filter(m -> m instanceof PathMark || m instanceof RuleMark)
                        .flatMap(m -> subpaths(m).stream()).toList();
                assertFalse(pattern.isEmpty(), style + " draws something");
                for (Mark m : pattern) {
                    Rect p = painted(m);
                    // a stroke's box grows half its weight all round, though its butt ends stop square at the edge
                    int h = m instanceof PathMark pm && pm.stroke() != null ? (pm.weight() + 1) / 2 : 0;
                    assertTrue(inside(p, grown(b, h)), style + ": " + p + " inside the frame " + b);
                    assertFalse(overlaps(p, clear), style + ": " + p + " stays in the band, clear of " + clear);
                }
            }
        }
    }

    /** Opening punctuation whose ink is in the right half of its em: at a line's start it is set half an em out. */
    static final String OPENING = "《（“‘〈「『【〔";

    /**
     * Every glyph's advance lies inside {@code area} across and its em box down; a line-start opening
     * bracket, compressed by half an em, is checked by its inked half.
     */
    static void assertInside(List<LineBox> lines, Rect area) {
        assertFalse(lines.isEmpty(), "lines set");
        for (LineBox l : lines) {
            for (paiban.layout.GlyphRun r : l.runs()) {
                for (int i = 0; i < r.length(); i++) {
                    int x = l.x() + r.xs()[i];
                    int advance = r.advances()[i];
                    boolean opening = i < r.text().length() && OPENING.indexOf(r.text().charAt(i)) >= 0;
                    int left = opening ? x + r.size() / 2 : x;
                    assertTrue(left >= area.x() && x + advance <= area.right(),
                            "glyph " + r.text() + "[" + i + "] at " + x + " inside " + area.x() + ".." + area.right());
                }
                int top = Baseline.emTop(l.baseline(), r.size());
                assertTrue(top >= area.y() && top + r.size() <= area.bottom(), "line " + l.text() + " inside vertically");
            }
        }
    }

    /** Dots tile evenly: a whole number of repeats per side, the same space at both corners. */
    @Test
    void dotsTileEvenlySoTheCornersMeet() {
        Rect b = new Rect(100_000, 100_000, 201_234, 150_777);
        FrameBorder border = new FrameBorder(T.pitch(), BorderStyle.DOTS, Cmyk.BLACK);
        List<Mark> marks = BorderPatterns.border(b, border);
        List<Integer> top = new ArrayList<>(), left = new ArrayList<>();
        for (Mark m : marks) {
            for (PathMark.Segment seg : ((PathMark) m).segments()) {
                if (!(seg instanceof PathMark.Move mv)) continue;
                int r = (int) Math.round(border.weight() * 0.28);
                int cx = mv.x() - r, cy = mv.y();
                if (cy == b.y() + border.weight() / 2) top.add(cx);
                if (cx == b.x() + border.weight() / 2 && cy > b.y() + border.weight()) left.add(cy);
            }
        }
        assertTrue(top.size() > 10, "dots along the top: " + top);
        assertEvenly(top, b.x(), b.right());
        assertEvenly(left, b.y() + border.weight(), b.bottom() - border.weight());
    }

    static void assertEvenly(List<Integer> centres, int from, int to) {
        double period = (to - from) / (double) centres.size();
        for (int i = 0; i < centres.size(); i++) {
            assertEquals(from + period * (i + 0.5), centres.get(i), 2, "repeat " + i + " of " + centres.size());
        }
    }

    @ParameterizedTest
    @EnumSource(value = BorderStyle.class, names = {"SOLID", "DASHED", "DOUBLE", "THICK_THIN"})
    void roundedCornersAreCurvesInsideTheFrame(BorderStyle style) {
        Rect b = T.gridRect(0, 2, 4, 10);
        FrameBorder border = new FrameBorder(2000, style, Cmyk.BLACK).withRadius(6000);
        List<Mark> marks = FrameAppearance.border(b, border);
        assertFalse(marks.isEmpty());
        for (Mark m : marks) {
            PathMark p = (PathMark) m;
            assertEquals(4, p.segments().stream().filter(s -> s instanceof PathMark.Curve).count(), "four round corners");
            assertTrue(inside(painted(p), b), painted(p) + " inside " + b);
        }
    }

    @Test
    void thickThinIsAThickLineOutsideAndAThinOneInside() {
        Rect b = T.gridRect(0, 2, 4, 10);
        List<Mark> marks = FrameAppearance.border(b, new FrameBorder(3000, BorderStyle.THICK_THIN, Cmyk.BLACK));
        List<RuleMark> top = marks.stream().map(m -> (RuleMark) m).filter(r -> r.y1() == r.y2() && r.y1() < b.y() + 3000).toList();
        assertEquals(2, top.size());
        assertEquals(1500, top.get(0).weight());
        assertEquals(500, top.get(1).weight());
        assertTrue(top.get(0).y1() < top.get(1).y1(), "thick outside");
    }

    @Test
    void columnRulesRunDownTheMiddleOfEachGap() {
        TextFrame f = new TextFrame("box", T.gridRect(0, 3, 2, 20), 3, T.gap())
                .withColumnRule(new ColumnRule(500, RuleStyle.DASHED, Cmyk.BLACK));
        Story s = new Story("s", "简讯", Editions.paragraphs(6, 14, 200), List.of(new FrameRef("p1", "box")));
        List<RuleMark> rules = FrameLookTest.compose(List.of(f), List.of(s)).pages().get(0).marks().stream()
                .filter(m -> m instanceof RuleMark).map(m -> (RuleMark) m).toList();
        assertEquals(2, rules.size(), "one rule per gap");
        Rect a = f.textArea();
        for (int i = 1; i <= 2; i++) {
            RuleMark r = rules.get(i - 1);
            int gapLeft = a.x() + i * f.columnWidth() + (i - 1) * f.gap();
            assertEquals(gapLeft + f.gap() / 2, r.x1());
            assertEquals(r.x1(), r.x2());
            assertEquals(a.y(), r.y1());
            assertEquals(a.bottom(), r.y2());
            assertTrue(r.dashed());
        }
    }

    @Test
    void aPatternRuleFillsABandOfItsWeightAlongTheRule() {
        for (RuleStyle style : RuleStyle.values()) {
            if (style.pattern() == null) continue;
            RuleFrame r = new RuleFrame("r", new Rect(50_000, 80_000, 300_000, T.pitch()), style, T.pitch());
            List<Mark> marks = FrameLookTest.compose(List.of(r), List.of()).pages().get(0).marks();
            assertFalse(marks.isEmpty(), style.name());
            for (Mark m : marks) {
                int h = m instanceof PathMark pm && pm.stroke() != null ? (pm.weight() + 1) / 2 : 0;
                assertTrue(inside(painted(m), grown(r.bounds(), h)), style + ": " + painted(m) + " in " + r.bounds());
            }
        }
    }
}
