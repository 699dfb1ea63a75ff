package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.font.FontLibrary;
import paiban.layout.BoxMark;
import paiban.layout.EditionLayout;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.layout.RuleMark;
import paiban.layout.StrokeStyle;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.BorderStyle;
import paiban.model.frame.Frame;
import paiban.model.frame.FrameBorder;
import paiban.model.frame.FrameLook;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;

/** A frame's fill, reversed type and border, as the composer lays them out. */
class FrameLookTest {
    static final PageTemplate T = Editions.T;

    static EditionLayout compose(List<Frame> frames, List<Story> stories) {
        Edition e = new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(Editions.page("p1", "A01", frames)), stories);
        return new EditionComposer(FontLibrary.shared()).compose(e);
    }

    /** Every glyph of every line of story s lies inside {@code area}: its advance across, its em box down. */
    static void assertInside(List<LineBox> lines, Rect area) {
        assertFalse(lines.isEmpty(), "lines set");
        for (LineBox l : lines) {
            for (GlyphRun r : l.runs()) {
                for (int i = 0; i < r.length(); i++) {
                    int x = l.x() + r.xs()[i];
                    assertTrue(x >= area.x() && x + r.advances()[i] <= area.right(),
                            "glyph " + r.text() + "[" + i + "] at " + x + " inside " + area.x() + ".." + area.right());
                }
                int top = Baseline.emTop(l.baseline(), r.size());
                assertTrue(top >= area.y() && top + r.size() <= area.bottom(), "line " + l.text() + " inside vertically");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({
            // border weight, style, inset (millipoints)
            "500,  SOLID,  0",
            "1000, DASHED, 4500",
            "3000, DOUBLE, 9000",
            "2000, DOTTED, 13500"})
    void framedStoryStaysInsideItsBorderAndInset(int weight, BorderStyle style, int inset) {
        FrameLook look = new FrameLook(null, 100, false, new FrameBorder(weight, style, Cmyk.RED));
        TextFrame frame = new TextFrame("box", T.gridRect(0, 2, 20, 20), 1, T.gap(), inset, null, null, false, "", look);
        Story s = new Story("s", "简讯", Editions.paragraphs(3, 12, 200), List.of(new FrameRef("p1", "box")));
        EditionLayout layout = compose(List.of(frame), List.of(s));
        Rect b = frame.bounds();
        Rect area = new Rect(b.x() + weight + inset, b.y() + weight + inset, b.width() - 2 * (weight + inset),
                b.height() - 2 * (weight + inset));
        assertEquals(area, frame.textArea());
        assertInside(LayoutText.storyLines(layout, "s"), area);
        // the border's strokes lie in the band between the edge and the text area
        List<RuleMark> rules = layout.page("p1").orElseThrow().marks().stream()
                .filter(RuleMark.class::isInstance).map(RuleMark.class::cast).toList();
        assertEquals(style == BorderStyle.DOUBLE ? 8 : 4, rules.size(), "strokes");
        for (RuleMark r : rules) {
            assertEquals(Cmyk.RED, r.color());
            int half = r.weight() / 2;
            assertTrue(Math.min(r.x1(), r.x2()) >= b.x() && Math.max(r.x1(), r.x2()) <= b.right());
            boolean horizontal = r.y1() == r.y2();
            int at = horizontal ? r.y1() : r.x1();
            int edge = horizontal ? (at < b.y() + b.height() / 2 ? b.y() : b.bottom()) : (at < b.x() + b.width() / 2 ? b.x() : b.right());
            int from = Math.abs(at - edge);
            assertTrue(from - half >= 0 && from + half <= weight, "stroke within the border band: " + r);
            assertEquals(style == BorderStyle.DOTTED ? StrokeStyle.DOTTED
                    : style == BorderStyle.DASHED ? StrokeStyle.DASHED : StrokeStyle.SOLID, r.stroke());
        }
    }

    @Test
    void sidesThatAreOffTakeNoRoomAndDrawNothing() {
        FrameBorder top = new FrameBorder(2000, BorderStyle.SOLID, Cmyk.BLACK, true, false, false, false);
        TextFrame frame = new TextFrame("box", T.gridRect(0, 2, 20, 20), 1, T.gap(), 0, null, null, false, "",
                new FrameLook(null, 100, false, top));
        Rect b = frame.bounds();
        assertEquals(new Rect(b.x(), b.y() + 2000, b.width(), b.height() - 2000), frame.textArea());
        Story s = new Story("s", "简讯", Editions.paragraphs(3, 2, 20), List.of(new FrameRef("p1", "box")));
        List<Mark> marks = compose(List.of(frame), List.of(s)).page("p1").orElseThrow().marks();
        List<Mark> rules = marks.stream().filter(RuleMark.class::isInstance).toList();
        assertEquals(List.of(new RuleMark(b.x(), b.y() + 1000, b.right(), b.y() + 1000, 2000, Cmyk.BLACK, StrokeStyle.SOLID)), rules);
        assertInstanceOf(RuleMark.class, marks.get(marks.size() - 1), "the border is drawn over the text");
    }

    @Test
    void reversedBannerHeadlineIsWhiteOnItsTintedFill() {
        FrameLook look = new FrameLook(Cmyk.RED, 80, true, null);
        HeadlineFrame banner = new HeadlineFrame("banner", T.gridRect(0, 8, 4, 6), null, false, "", look);
        Story s = new Story("head", "通栏", List.of(new Paragraph("主题", "全市经济运行总体平稳")),
                List.of(new FrameRef("p1", "banner")));
        PageLayout page = compose(List.of(banner), List.of(s)).page("p1").orElseThrow();
        List<Mark> marks = page.marks();
        assertEquals(new BoxMark(banner.bounds(), new Cmyk(0, 80, 80, 0), null, 0), marks.get(0), "fill first, at 80%");
        List<LineBox> lines = marks.stream().filter(LineBox.class::isInstance).map(LineBox.class::cast).toList();
        assertFalse(lines.isEmpty());
        assertEquals("全市经济运行总体平稳", lines.get(0).text());
        for (LineBox l : lines) for (GlyphRun r : l.runs()) assertEquals(Cmyk.WHITE, r.color(), "reversed text is white");
    }

    @Test
    void aPlainFrameGetsNoExtraMarks() {
        TextFrame frame = new TextFrame("box", T.gridRect(0, 2, 20, 20), 1, T.gap());
        Story s = new Story("s", "简讯", Editions.paragraphs(3, 2, 20), List.of(new FrameRef("p1", "box")));
        List<Mark> marks = compose(List.of(frame), List.of(s)).page("p1").orElseThrow().marks();
        assertTrue(marks.stream().allMatch(LineBox.class::isInstance));
        for (Mark m : marks) for (GlyphRun r : ((LineBox) m).runs()) assertEquals(Cmyk.BLACK, r.color());
    }
}
