package paiban.compose.flow;

import java.util.List;

import paiban.compose.line.ComposedLine;
import paiban.compose.line.LineCursor;
import paiban.compose.line.ParagraphCursor;
import paiban.model.story.Paragraph;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleSheet;

/**
 * The lines of one paragraph as the flow asks for them, measure by measure.
 * While every measure equals the first, lines come from the cache; when a
 * measure differs (a wrap, a narrower frame), a cursor replays the lines
 * already taken and sets the rest line by line.
 */
final class LineSource {
    private final LineCache cache;
    private final Paragraph paragraph;
    private final ParagraphStyle style;
    private final StyleSheet sheet;
    private List<ComposedLine> cached;
    private int uniformWidth;
    private int taken;
    private LineCursor cursor;
    private int position;

    LineSource(LineCache cache, Paragraph paragraph, ParagraphStyle style, StyleSheet sheet) {
        this.cache = cache;
        this.paragraph = paragraph;
        this.style = style;
        this.sheet = sheet;
    }

    boolean hasNext() {
        if (cursor != null) return cursor.hasNext();
        if (cached != null) return taken < cached.size();
        return !paragraph.text().isEmpty();
    }

    /** UTF-16 index of the first character not yet set. */
    int position() { return position; }

    ComposedLine next(int width) {
        ComposedLine line;
        if (cursor == null) {
            if (cached == null) {
                cached = cache.lines(paragraph, style, sheet, width);
                uniformWidth = width;
            }
            if (width == uniformWidth && taken < cached.size()) {
                line = cached.get(taken++);
                position = line.end();
                return line;
            }
            cursor = cache.setter().start(paragraph, style, sheet);
            if (taken > 0) {
                // where the cached lines stopped: jump there instead of setting them all again
                if (cursor instanceof ParagraphCursor pc) pc.rewind(position);
                else for (int i = 0; i < taken; i++) cursor.next(uniformWidth);
            }
        }
        line = cursor.next(width);
        taken++;
        position = line.end();
        return line;
    }
}
