package paiban.edit;

import java.util.List;

import paiban.model.story.Paragraph;

/**
 * Where a place in a story's text goes when the text changes under it by an
 * edit made elsewhere (undo, redo, the other editor): the change is what lies
 * between the longest common start and end of the two texts. A place before
 * it stays, one after it shifts by the change's length, and one inside or at
 * its start goes to its end, so an undone insertion leaves the caret where
 * the typing began and a redone one after the text typed, as text editors do.
 */
public final class OffsetFollow {
    private final String before;
    private final String after;
    private final int start;
    private final int oldEnd;
    private final int newEnd;

    public OffsetFollow(List<Paragraph> before, List<Paragraph> after) {
        this.before = flat(before);
        this.after = flat(after);
        int max = Math.min(this.before.length(), this.after.length());
        int p = 0;
        while (p < max && this.before.charAt(p) == this.after.charAt(p)) p++;
        int s = 0;
        while (s < max - p && this.before.charAt(this.before.length() - 1 - s) == this.after.charAt(this.after.length() - 1 - s)) s++;
        start = p;
        oldEnd = this.before.length() - s;
        newEnd = this.after.length() - s;
    }

    /** {@code at} in the text before, as a place in the text after. */
    public StoryOffset follow(StoryOffset at) {
        int x = flatOffset(before, at);
        int y = x < start ? x : x > oldEnd ? x + newEnd - oldEnd : newEnd;
        return unflat(after, y);
    }

    /** The end of the change in the text after it: where an undone or redone edit puts the caret. */
    public StoryOffset changeEnd() {
        return unflat(after, newEnd);
    }

    /** Paragraphs joined by a line end, one character per paragraph break. */
    private static String flat(List<Paragraph> ps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < ps.size(); i++) {
            if (i > 0) sb.append('\n');
            sb.append(ps.get(i).text());
        }
        return sb.toString();
    }

    private static int flatOffset(String text, StoryOffset at) {
        int x = 0;
        for (int p = 0; p < at.paragraph(); p++) {
            int nl = text.indexOf('\n', x);
            if (nl < 0) return text.length();
            x = nl + 1;
        }
        int end = text.indexOf('\n', x);
        return Math.min(x + at.offset(), end < 0 ? text.length() : end);
    }

    private static StoryOffset unflat(String text, int x) {
        int paragraph = 0, lineStart = 0;
        for (int nl = text.indexOf('\n'); nl >= 0 && nl < x; nl = text.indexOf('\n', nl + 1)) {
            paragraph++;
            lineStart = nl + 1;
        }
        return new StoryOffset(paragraph, x - lineStart);
    }
}
