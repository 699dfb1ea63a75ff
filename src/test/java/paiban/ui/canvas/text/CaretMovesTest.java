package paiban.ui.canvas.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.model.story.Paragraph;

/** The caret keys' moves on the long lead of {@link LineCaretsTest} (laid out over two pages, then overset). */
class CaretMovesTest {
    static final List<Paragraph> PS = LineCaretsTest.EDITION.story("s1").orElseThrow().paragraphs();
    static final StoryLines LINES = LineCaretsTest.LINES;
    static final CaretMoves MOVES = new CaretMoves(PS, LINES);

    private static StoryOffset at(int p, int o) { return new StoryOffset(p, o); }

    @Test
    void arrowsCollapseASelectionToItsEdge() {
        TextCaret sel = new TextCaret(at(1, 9), at(1, 4), false);
        assertEquals(TextCaret.at(at(1, 4)), MOVES.left(sel, false));
        assertEquals(TextCaret.at(at(1, 9)), MOVES.right(sel, false));
        assertEquals(new TextCaret(at(1, 9), at(1, 3), false), MOVES.left(sel, true));
    }

    @Test
    void leftAndRightCrossParagraphBreaks() {
        int headline = PS.get(0).text().length();
        assertEquals(TextCaret.at(at(1, 0)), MOVES.right(TextCaret.at(at(0, headline)), false));
        assertEquals(TextCaret.at(at(0, headline)), MOVES.left(TextCaret.at(at(1, 0)), false));
        assertEquals(TextCaret.at(StoryOffset.START), MOVES.left(TextCaret.at(StoryOffset.START), false));
    }

    @Test
    void nothingGoesPastTheLastLaidOutCharacter() {
        StoryOffset last = LINES.lastPlace();
        assertEquals(TextCaret.at(last), MOVES.right(TextCaret.at(last), false));
        assertEquals(last, MOVES.vertical(TextCaret.at(last), 1, false, null).caret().caret());
        assertEquals(TextCaret.at(last), MOVES.storyEdge(TextCaret.at(StoryOffset.START), true, false));
        // a caret that typing left in overset text comes back with the first move
        StoryOffset beyond = at(1, PS.get(1).text().length());
        assertEquals(MOVES.left(TextCaret.at(last), false), MOVES.left(TextCaret.at(beyond), false));
    }

    @Test
    void upFromTheFirstLineGoesToTheStart() {
        assertEquals(StoryOffset.START, MOVES.vertical(TextCaret.at(at(0, 3)), -1, false, null).caret().caret());
    }

    @Test
    void verticalMovesKeepTheGoalAcrossAShortLine() {
        // from line 5 to line 6 and back keeps the x it started from
        StoryLines.Placed five = LINES.lines().get(5);
        StoryOffset from = at(five.line().paragraph(), five.line().start() + 6);
        CaretMoves.Vertical down = MOVES.vertical(TextCaret.at(from), 1, false, null);
        CaretMoves.Vertical up = MOVES.vertical(down.caret(), -1, false, down.goalX());
        assertEquals(from, up.caret().caret());
        assertEquals(down.goalX(), up.goalX());
    }

    @Test
    void endKeepsTheCaretOnItsLine() {
        StoryLines.Placed five = LINES.lines().get(5);
        TextCaret end = MOVES.lineEdge(TextCaret.at(five.start()), true, false);
        assertEquals(new TextCaret(five.end(), five.end(), true), end);
        assertEquals(5, LINES.lineIndex(end.caret(), end.lineEnd()));
        assertEquals(TextCaret.at(five.start()), MOVES.lineEdge(end, false, false));
    }

    @Test
    void aWordAtAParagraphsEndIsTheOneBeforeIt() {
        int n = PS.get(0).text().length();
        TextCaret w = MOVES.word(at(0, n));
        assertEquals(new TextCaret(at(0, n - 1), at(0, n), false), w);
    }
}
