package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.Frame;

/** Puts a changed frame (same id) in place of the old one: columns, lock, advertiser … */
public record ReplaceFrame(String pageId, Frame frame) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
        Frame old = page.frame(frame.id())
                .orElseThrow(() -> new IllegalArgumentException("no frame " + frame.id() + " on page " + pageId));
        return new Applied(edition.withPage(page.withFrame(frame)), new ReplaceFrame(pageId, old));
    }

    @Override
    public String descriptionKey() { return "change.editFrame"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.frame(pageId, frame.id())); }
}
