package paiban.ui.edit;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;

/** Moves and/or resizes one frame to new bounds. */
public record MoveFrame(String pageId, String frameId, Rect bounds) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
        Frame frame = page.frame(frameId)
                .orElseThrow(() -> new IllegalArgumentException("no frame " + frameId + " on page " + pageId));
        Edition next = edition.withPage(page.withFrame(frame.withBounds(bounds)));
        return new Applied(next, new MoveFrame(pageId, frameId, frame.bounds()));
    }

    @Override
    public String descriptionKey() { return "change.moveFrame"; }
}
