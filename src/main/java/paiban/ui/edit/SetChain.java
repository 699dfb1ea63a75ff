package paiban.ui.edit;

import java.util.List;

import paiban.model.Edition;
import paiban.model.story.FrameRef;
import paiban.model.story.Story;

/** Gives a story another frame chain: threading and unthreading. Jump lines follow from the flow. */
public record SetChain(String storyId, List<FrameRef> chain) implements Change {
    public SetChain {
        chain = List.copyOf(chain);
    }

    @Override
    public Applied apply(Edition edition) {
        Story story = Stories.find(edition, storyId);
        for (FrameRef r : chain) {
            if (edition.frame(r).isEmpty())
                throw new IllegalArgumentException("no frame " + r.frameId() + " on page " + r.pageId());
        }
        return new Applied(edition.withStory(story.withChain(chain)), new SetChain(storyId, story.chain()));
    }

    @Override
    public String descriptionKey() { return "change.thread"; }
}
