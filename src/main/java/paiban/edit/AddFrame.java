package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.Frame;

/** Puts a new frame on top of a page. */
public record AddFrame(String pageId, Frame frame) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
        if (page.frame(frame.id()).isPresent())
            throw new IllegalArgumentException("page " + pageId + " already has a frame " + frame.id());
        return new Applied(edition.withPage(page.withFrame(frame)), new DeleteFrame(pageId, frame.id()));
    }

    @Override
    public String descriptionKey() { return "change.addFrame"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.frame(pageId, frame.id())); }
}
