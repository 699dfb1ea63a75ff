package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;
import paiban.model.style.DefaultStyles;

/**
 * A boxed story's inset keeps its text off the box, and its lines stay on the
 * page grid: the first line is the first grid line wholly inside the inset,
 * the last the last one that fits, and copyfit counts only those.
 */
class InsetGridTest {
    static final PageTemplate T = Editions.T;

    @ParameterizedTest
    @CsvSource({
            // inset (millipoints), first grid line, lines available (frame: lines 20–39)
            "0,    20, 20",
            "2000, 21, 18",
            "4500, 21, 18",
            "9000, 21, 18",
            "13500, 21, 18",
            "14000, 22, 16"})
    void insetLinesStayOnTheGrid(int inset, int firstLine, int lines) {
        TextFrame frame = new TextFrame("box", T.gridRect(0, 2, 20, 20), 1, T.gap(), inset, null, null, false, "");
        Story s = new Story("s", "简讯", Editions.paragraphs(3, 12, 200), List.of(new FrameRef("p1", "box")));
        Edition e = new Edition("测试日报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(), List.of(T),
                DefaultStyles.forBody(T.bodySize()), List.of(Editions.page("p1", "A01", List.of(frame))), List.of(s));
        EditionLayout layout = new EditionComposer(FontLibrary.shared()).compose(e);
        List<LineBox> set = LayoutText.storyLines(layout, "s");
        FrameInfo info = layout.page("p1").orElseThrow().frames().get(0);
        assertEquals(lines, info.linesUsed() + info.linesLeft(), "grid lines the frame offers");
        assertEquals(lines, set.size(), "the story overflows, so every offered line is used");
        int first = Baseline.of(T, firstLine, 1, T.bodySize());
        for (int i = 0; i < set.size(); i++) {
            LineBox l = set.get(i);
            assertEquals(first + i * T.pitch(), l.baseline(), "line " + i + " on grid line " + (firstLine + i));
            int top = Baseline.emTop(l.baseline(), T.bodySize());
            assertTrue(top >= frame.bounds().y() + inset && top + T.bodySize() <= frame.bounds().bottom() - inset,
                    "line " + i + " inside the inset");
        }
    }
}
