package paiban.edit;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.TextFrame;
import paiban.model.frame.WritingMode;

/** Sets a text or headline frame 横排 or 竖排; undone by setting the mode it had. */
public record SetWritingMode(String pageId, String frameId, WritingMode mode) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
        Frame old = page.frame(frameId)
                .orElseThrow(() -> new IllegalArgumentException("no frame " + frameId + " on page " + pageId));
        Frame next;
        WritingMode was;
        if (old instanceof TextFrame t) {
            was = t.writingMode();
            next = t.withWritingMode(mode);
        } else if (old instanceof HeadlineFrame h) {
            was = h.writingMode();
            next = h.withWritingMode(mode);
        } else {
            throw new IllegalArgumentException("frame " + frameId + " is a " + old.kind() + " frame and holds no text");
        }
        return new Applied(edition.withPage(page.withFrame(next)), new SetWritingMode(pageId, frameId, was));
    }

    @Override
    public String descriptionKey() { return "change.writingMode"; }
}
