package paiban.ui.canvas.text;

import java.util.List;

import paiban.edit.LineCarets;
import paiban.edit.StoryLines;
import paiban.edit.StoryOffset;
import paiban.edit.TextEdits;
import paiban.edit.Words;
import paiban.model.story.Paragraph;

/**
 * Where the caret keys take the caret, over a story's paragraphs and its
 * laid-out lines: by code point, by line keeping an x, to line and story
 * edges, and the word or paragraph around a place. No caret goes past the
 * last laid-out character (overset text shows nowhere). Pure; the model
 * applies the result.
 */
final class CaretMoves {
    private final List<Paragraph> paragraphs;
    private final StoryLines lines;

    /** @param lines the story's laid-out lines, or null for a story not laid out (a frame without one) */
    CaretMoves(List<Paragraph> paragraphs, StoryLines lines) {
        this.paragraphs = paragraphs;
        this.lines = lines;
    }

    /** The caret after Up or Down and the x (relative to a line's origin) the next Up or Down keeps. */
    record Vertical(TextCaret caret, int goalX) {}

    /** After the last laid-out character; the story's start when nothing is laid out. */
    StoryOffset lastPlace() {
        return lines == null || lines.isEmpty() ? StoryOffset.START : lines.lastPlace();
    }

    StoryOffset limit(StoryOffset at) {
        StoryOffset last = lastPlace();
        return last.before(at) ? last : at;
    }

    /** Left by a code point (or paragraph break); with a selection and no {@code extend}, to its start. */
    TextCaret left(TextCaret c, boolean extend) {
        if (c.hasSelection() && !extend) return to(c, c.start(), false, false);
        return to(c, limit(TextEdits.previous(paragraphs, limit(c.caret()))), false, extend);
    }

    TextCaret right(TextCaret c, boolean extend) {
        if (c.hasSelection() && !extend) return to(c, limit(c.end()), false, false);
        return to(c, limit(TextEdits.next(paragraphs, c.caret())), false, extend);
    }

    /**
     * Up ({@code direction} -1) or down a line of the story, across columns,
     * frames and pages, keeping {@code goalX} (null: the caret's own x); past
     * the first line to the story's start, past the last to the last place.
     */
    Vertical vertical(TextCaret c, int direction, boolean extend, Integer goalX) {
        if (lines == null || lines.isEmpty()) return new Vertical(c, goalX == null ? 0 : goalX);
        StoryOffset from = limit(c.caret());
        int i = lines.lineIndex(from, c.lineEnd());
        if (i < 0) i = lines.lines().size() - 1;
        StoryLines.Placed line = lines.lines().get(i);
        int goal = goalX != null ? goalX : LineCarets.caretX(line.line(), from.offset()) - line.line().x();
        int target = i + direction;
        if (target < 0) return new Vertical(to(c, lines.lines().get(0).start(), false, extend), goal);
        if (target >= lines.lines().size()) return new Vertical(to(c, lines.lastPlace(), false, extend), goal);
        StoryLines.Hit hit = lines.onLine(target, lines.lines().get(target).line().x() + goal);
        return new Vertical(to(c, hit.offset(), hit.lineEnd(), extend), goal);
    }

    /** To the start ({@code end} false) or end of the caret's line; the caret stays where it is off the lines. */
    TextCaret lineEdge(TextCaret c, boolean end, boolean extend) {
        if (lines == null) return c;
        return lines.line(limit(c.caret()), c.lineEnd())
                .map(l -> to(c, end ? l.end() : l.start(), end, extend)).orElse(c);
    }

    /** To the story's start or its last laid-out place. */
    TextCaret storyEdge(TextCaret c, boolean end, boolean extend) {
        return to(c, end ? lastPlace() : StoryOffset.START, false, extend);
    }

    /** The whole story, overset text too: Ctrl+A, for copying. */
    TextCaret all() {
        return new TextCaret(StoryOffset.START, TextEdits.end(paragraphs), false);
    }

    /** The word at a place (at a paragraph's end, the word before it). */
    TextCaret word(StoryOffset at) {
        String text = paragraphs.get(at.paragraph()).text();
        int[] w = Words.at(text, at.offset());
        if (w[0] == w[1] && at.offset() > 0) w = Words.at(text, text.offsetByCodePoints(at.offset(), -1));
        return new TextCaret(new StoryOffset(at.paragraph(), w[0]), limit(new StoryOffset(at.paragraph(), w[1])), false);
    }

    /** The paragraph around a place, as far as it is laid out. */
    TextCaret paragraph(StoryOffset at) {
        int p = at.paragraph();
        return new TextCaret(new StoryOffset(p, 0), limit(new StoryOffset(p, paragraphs.get(p).text().length())), false);
    }

    /** The caret moved to {@code at}; {@code extend} keeps the anchor, as Shift does. */
    static TextCaret to(TextCaret c, StoryOffset at, boolean lineEnd, boolean extend) {
        return new TextCaret(extend ? c.anchor() : at, at, lineEnd);
    }
}
