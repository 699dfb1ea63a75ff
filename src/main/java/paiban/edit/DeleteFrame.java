package paiban.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.frame.Frame;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/**
 * Removes a frame from its page and from any story chain through it. The
 * story's text stays: what no longer fits is overset, never dropped.
 */
public record DeleteFrame(String pageId, String frameId) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
        int index = -1;
        for (int i = 0; i < page.frames().size(); i++) if (page.frames().get(i).id().equals(frameId)) index = i;
        if (index < 0) throw new IllegalArgumentException("no frame " + frameId + " on page " + pageId);
        Frame frame = page.frames().get(index);
        FrameRef ref = new FrameRef(pageId, frameId);
        List<Story> before = new ArrayList<>();
        Edition next = edition.withPage(page.withoutFrame(frameId));
        for (Story s : edition.stories()) {
            if (s.chain().contains(ref)) {
                before.add(s);
                List<FrameRef> chain = new ArrayList<>(s.chain());
                chain.remove(ref);
                next = next.withStory(s.withChain(chain));
            }
        }
        return new Applied(next, new RestoreFrame(pageId, index, frame, before));
    }

    @Override
    public String descriptionKey() { return "change.deleteFrame"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.frame(pageId, frameId)); }

    /** Undoes a deletion: the frame back at its place in the z-order, the stories back in their chains. */
    public record RestoreFrame(String pageId, int index, Frame frame, List<Story> stories) implements Change {
        public RestoreFrame {
            stories = List.copyOf(stories);
        }

        @Override
        public Applied apply(Edition edition) {
            Page page = edition.page(pageId).orElseThrow(() -> new IllegalArgumentException("no page " + pageId));
            List<Frame> frames = new ArrayList<>(page.frames());
            frames.add(Math.min(index, frames.size()), frame);
            Edition next = edition.withPage(page.withFrames(frames));
            for (Story s : stories) next = next.withStory(s);
            return new Applied(next, new DeleteFrame(pageId, frame.id()));
        }

        @Override
        public String descriptionKey() { return "change.deleteFrame"; }

        @Override
        public Set<Touch> touches() { return Touch.withStories(stories, Touch.frame(pageId, frame.id())); }
    }
}
