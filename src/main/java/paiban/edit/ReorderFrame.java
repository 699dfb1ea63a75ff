package paiban.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.Frame;

/** Moves a frame to another place in its page's z-order (0 is the back). */
public record ReorderFrame(String pageId, String frameId, int index) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
        List<Frame> frames = new ArrayList<>(page.frames());
        int from = -1;
        for (int i = 0; i < frames.size(); i++) if (frames.get(i).id().equals(frameId)) from = i;
        if (from < 0) throw new IllegalArgumentException("no frame " + frameId + " on page " + pageId);
        int to = Math.max(0, Math.min(frames.size() - 1, index));
        frames.add(to, frames.remove(from));
        return new Applied(edition.withPage(page.withFrames(frames)), new ReorderFrame(pageId, frameId, from));
    }

    @Override
    public String descriptionKey() { return "change.reorderFrame"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.frame(pageId, frameId)); }
}
