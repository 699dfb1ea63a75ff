package paiban.ui.canvas.text;

import paiban.edit.StoryOffset;

/**
 * The caret and selection of text mode on the canvas: the selection runs
 * from {@code anchor} to {@code caret} (empty when they are equal);
 * {@code lineEnd} shows a caret at a line's end rather than at the start
 * of the next line, which is the same place in the text.
 */
public record TextCaret(StoryOffset anchor, StoryOffset caret, boolean lineEnd) {
    public static TextCaret at(StoryOffset at) {
        return new TextCaret(at, at, false);
    }

    public StoryOffset start() { return StoryOffset.min(anchor, caret); }

    public StoryOffset end() { return StoryOffset.max(anchor, caret); }

    public boolean hasSelection() { return !anchor.equals(caret); }
}
