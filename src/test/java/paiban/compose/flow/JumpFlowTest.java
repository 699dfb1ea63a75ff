package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import paiban.font.FontLibrary;
import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.PageNaming;
import paiban.model.story.Story;

class JumpFlowTest {
    static final EditionComposer COMPOSER = new EditionComposer(FontLibrary.shared());

    static List<String> generated(EditionLayout layout, String pageId) {
        return layout.page(pageId).orElseThrow().lines().stream().filter(LineBox::generated).map(LineBox::text).toList();
    }

    @Test
    void storyContinuesOnPageThreeWithBothJumpLinesAndEveryCharacterOnce() {
        Edition e = Editions.jumping(12, 220);
        Story s = e.stories().get(0);
        EditionLayout layout = COMPOSER.compose(e);
        assertEquals(List.of("（下转第三版）"), generated(layout, "p1"));
        assertEquals(List.of("（上接第一版）"), generated(layout, "p3"));
        assertEquals(s.text(), LayoutText.setText(layout, s));
        assertEquals(0, layout.stories().get("s").overset());
        assertTrue(layout.page("p3").orElseThrow().lines().stream().anyMatch(l -> !l.generated()), "text continues on p3");
    }

    @Test
    void jumpOutSitsOnTheLastGridLineOfThePartAndCoversNoText() {
        EditionLayout layout = COMPOSER.compose(Editions.jumping(12, 220));
        PageLayout p1 = layout.page("p1").orElseThrow();
        LineBox jump = p1.lines().stream().filter(LineBox::generated).findFirst().orElseThrow();
        FrameInfo a = p1.frames().get(0);
        int lastColumnX = a.columns().get(3).x();
        assertEquals(lastColumnX, jump.x());
        int maxBaseline = p1.lines().stream().mapToInt(LineBox::baseline).max().orElseThrow();
        assertEquals(maxBaseline, jump.baseline(), "the jump line is the part's last line");
        long sameLine = p1.lines().stream().filter(l -> l.x() == jump.x() && l.baseline() == jump.baseline()).count();
        assertEquals(1, sameLine, "no text shares the reserved line");
        assertEquals(Editions.T.lineTop(39), jump.baseline() - Baseline.ascent(Editions.T.bodySize()));
        // the 上接 line opens the continuation, text follows a grid line below it
        PageLayout p3 = layout.page("p3").orElseThrow();
        LineBox in = p3.lines().get(0);
        assertTrue(in.generated());
        assertEquals(Editions.T.lineTop(0) + Baseline.ascent(Editions.T.bodySize()), in.baseline());
        assertEquals(in.baseline() + Editions.T.pitch(), p3.lines().get(1).baseline());
    }

    @Test
    void movingPageThreeToFourChangesBothJumpLines() {
        Edition moved = Editions.jumping(12, 220).movePage(2, 3);
        EditionLayout layout = COMPOSER.compose(moved);
        assertEquals(List.of("（下转第四版）"), generated(layout, "p1"));
        assertEquals(List.of("（上接第一版）"), generated(layout, "p3"));
        Edition first = Editions.jumping(12, 220).movePage(0, 1);
        EditionLayout l2 = COMPOSER.compose(first);
        assertEquals(List.of("（下转第三版）"), generated(l2, "p1"));
        assertEquals(List.of("（上接第二版）"), generated(l2, "p3"));
    }

    @Test
    void labelNamingPrintsTheShortLabel() {
        Edition e = Editions.jumping(12, 220);
        e = e.withSettings(e.settings().withPageNaming(PageNaming.LABEL));
        EditionLayout layout = COMPOSER.compose(e);
        assertEquals(List.of("（下转A3版）"), generated(layout, "p1"));
        assertEquals(List.of("（上接A1版）"), generated(layout, "p3"));
    }

    @Test
    void noJumpLinesWhenTheStoryEndsOnTheFirstPage() {
        Edition e = Editions.jumping(3, 100);
        EditionLayout layout = COMPOSER.compose(e);
        assertEquals(List.of(), generated(layout, "p1"));
        assertEquals(List.of(), generated(layout, "p3"));
        assertEquals(e.stories().get(0).text(), LayoutText.setText(layout, e.stories().get(0)));
    }

    @Test
    void continuationHeadlineOpensTheContinuation() {
        Edition e = Editions.jumping(12, 220);
        e = e.withStory(e.stories().get(0).withContinuationHeadline(true));
        EditionLayout layout = COMPOSER.compose(e);
        List<String> gen = generated(layout, "p3");
        assertEquals(List.of("经济运行总体平稳", "（上接第一版）"), gen);
        assertEquals(e.stories().get(0).text(), LayoutText.setText(layout, e.stories().get(0)));
        // the 转版标题 takes two grid lines across all four columns; the story ends in frame b, so used + left = all
        FrameInfo b = layout.page("p3").orElseThrow().frames().get(0);
        assertEquals(4 * 60, b.linesUsed() + b.linesLeft());
        LineBox head = layout.page("p3").orElseThrow().lines().get(0);
        assertEquals(b.columns().get(0).x(), head.x());
        assertEquals(b.bounds().width(), head.width(), "the 转版标题 spans the frame");
    }
}
