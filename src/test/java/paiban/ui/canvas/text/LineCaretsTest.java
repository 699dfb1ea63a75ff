package paiban.ui.canvas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.compose.line.Carets;
import paiban.edit.LineCarets;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.layout.EditionLayout;
import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.model.Edition;
import paiban.model.story.Story;
import paiban.ui.TestEditions;

/** Caret x and hit-testing on the real lines of the test edition's lead (a headline, then 正文 over two pages). */
class LineCaretsTest {
    /** The test edition's lead, long enough to run from page 1 to page 2 (with jump lines) and overset there. */
    static final Edition EDITION = longLead();
    static final EditionLayout LAYOUT = TestEditions.COMPOSER.compose(EDITION, null);
    static final Story LEAD = EDITION.story("s1").orElseThrow();
    static final StoryLines LINES = StoryLines.of(LAYOUT, LEAD);

    private static Edition longLead() {
        Edition e = TestEditions.twoPages();
        Story s = e.story("s1").orElseThrow();
        List<paiban.model.story.Paragraph> ps = new ArrayList<>(s.paragraphs());
        ps.set(1, ps.get(1).withText("本报讯（记者 林小河）今天上午，明城地铁三号线正式开通运营。".repeat(250)));
        return e.withStory(s.withParagraphs(ps));
    }

    /** Every caret boundary of a line: the start, each real glyph's source, the end. */
    private static List<Integer> boundaries(LineBox l) {
        List<Integer> out = new ArrayList<>();
        for (GlyphRun r : l.runs()) for (int s : r.sources()) if (s >= 0 && !out.contains(s)) out.add(s);
        if (!out.contains(l.end())) out.add(l.end());
        return out;
    }

    @Test
    void theStorysLinesReadInOrderOverBothPagesWithoutJumpLines() {
        assertTrue(LINES.lines().stream().anyMatch(p -> p.pageId().equals("p1")));
        assertTrue(LINES.lines().stream().anyMatch(p -> p.pageId().equals("p2")));
        StoryOffset last = null;
        for (StoryLines.Placed p : LINES.lines()) {
            assertFalse(p.line().generated());
            if (last != null) assertFalse(p.start().before(last), p.start() + " after " + last);
            last = p.end();
        }
        assertTrue(LAYOUT.page("p1").orElseThrow().lines().stream().anyMatch(l -> l.generated() && l.storyId().equals("s1")),
                "the edition has a jump line the caret must skip");
    }

    @Test
    void caretsSitAtGlyphBoxEdgesAndHitTestingFindsThemAgain() {
        int checked = 0;
        for (StoryLines.Placed p : LINES.lines()) {
            LineBox l = p.line();
            int prev = Integer.MIN_VALUE;
            for (int index : boundaries(l)) {
                int x = LineCarets.caretX(l, index);
                assertTrue(x >= prev, "carets run left to right on " + l.text());
                assertTrue(x >= l.x() && x <= l.x() + l.width() + 1, "inside the measure");
                assertEquals(index, LineCarets.indexAt(l, x), "x " + x + " of index " + index + " on " + l.text());
                prev = x;
                checked++;
            }
            for (GlyphRun r : l.runs()) {
                for (int i = 0; i < r.length(); i++) {
                    int x = LineCarets.caretX(l, r.sources()[i]);
                    assertEquals(l.x() + Carets.boxLeft(r, i), x, "the caret is at the glyph's box edge");
                    // a click on the left half of a glyph goes before it, on the right half after it
                    assertEquals(r.sources()[i], LineCarets.indexAt(l, x + r.advances()[i] / 4));
                }
            }
        }
        assertTrue(checked > 1000, "checked " + checked);
    }

    @Test
    void aParagraphsFirstLineStartsAfterTheTwoCharacterIndent() {
        StoryLines.Placed first = LINES.line(new StoryOffset(1, 0), false).orElseThrow();
        int size = first.line().runs().get(0).size();
        assertEquals(first.line().x() + 2 * size, LineCarets.caretX(first.line(), 0));
        // a click left of the indent goes to the paragraph's start
        assertEquals(0, LineCarets.indexAt(first.line(), first.line().x()));
    }

    @Test
    void aLineEndAndTheNextLineStartAreOnePlaceShownOnEitherLine() {
        StoryLines.Placed a = LINES.lines().get(2), b = LINES.lines().get(3);
        assertEquals(a.end(), b.start());
        assertEquals(3, LINES.lineIndex(b.start(), false));
        assertEquals(2, LINES.lineIndex(b.start(), true));
        StoryLines.Hit hit = LINES.onLine(2, a.line().x() + a.line().width() + 5000);
        assertEquals(new StoryLines.Hit(a.end(), true), hit, "a click past a line's end stays on that line");
    }

    @Test
    void overflowingTextTakesNoCaret() {
        StoryOffset last = LINES.lastPlace();
        assertTrue(LINES.laidOut(last));
        String body = LEAD.paragraphs().get(1).text();
        assertTrue(last.offset() < body.length(), "the lead is overset");
        assertFalse(LINES.laidOut(new StoryOffset(1, body.length())));
        assertEquals(-1, LINES.lineIndex(new StoryOffset(1, body.length()), false));
    }

    @Test
    void aPointOnAPageHitsTheNearestLineInTheFrame() {
        StoryLines.Placed target = LINES.lines().get(5);
        LineBox l = target.line();
        int x = LineCarets.caretX(l, l.start() + 3);
        var t1 = EDITION.frame(new paiban.model.story.FrameRef("p1", "t1")).orElseThrow().bounds();
        StoryLines.Hit hit = LINES.hit("p1", t1, x + 100, l.baseline() - 2000, 9000);
        assertEquals(new StoryOffset(l.paragraph(), l.start() + 3), hit.offset());
        // an empty frame of the story (none) or one its lines do not reach: the last laid-out place
        var ad = EDITION.frame(new paiban.model.story.FrameRef("p1", "ad1")).orElseThrow().bounds();
        assertEquals(LINES.lastPlace(), LINES.hit("p1", ad, ad.x(), ad.y(), 9000).offset());
        assertEquals("t1", LINES.frameOf(target).orElseThrow());
        assertEquals("t2", LINES.frameOf(LINES.lines().get(LINES.lines().size() - 1)).orElseThrow());
    }
}
