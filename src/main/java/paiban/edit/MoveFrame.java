package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.TextFrame;

/**
 * Moves and/or resizes one frame to new bounds. A text frame whose text
 * columns are the basic columns it spans keeps so when its width changes
 * (3 columns wide, 3 columns; narrowed to 1, 1); one split otherwise (破栏:
 * 5 basic columns as 4) keeps its count.
 */
public record MoveFrame(String pageId, String frameId, Rect bounds) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
        Frame frame = page.frame(frameId)
                .orElseThrow(() -> new IllegalArgumentException("no frame " + frameId + " on page " + pageId));
        Frame moved = frame.withBounds(bounds);
        PageTemplate t = edition.templateOf(page);
        if (frame instanceof TextFrame tf && bounds.width() != tf.bounds().width()
                && tf.columns() == t.columnsSpanned(tf.bounds().width())) {
            moved = ((TextFrame) moved).withColumns(t.columnsSpanned(bounds.width()), tf.gap());
        }
        Edition next = edition.withPage(page.withFrame(moved));
        return new Applied(next, new MoveFrame(pageId, frameId, frame.bounds()));
    }

    @Override
    public String descriptionKey() { return "change.moveFrame"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.frame(pageId, frameId)); }
}
