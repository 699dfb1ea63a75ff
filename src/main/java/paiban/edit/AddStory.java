package paiban.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import paiban.model.Edition;
import paiban.model.story.Story;

/** Adds a new story to the edition (threading two empty frames makes one). */
public record AddStory(Story story) implements Change {
    @Override
    public Applied apply(Edition edition) {
        if (edition.story(story.id()).isPresent())
            throw new IllegalArgumentException("the edition already has a story " + story.id());
        List<Story> stories = new ArrayList<>(edition.stories());
        stories.add(story);
        return new Applied(edition.withStories(stories), new RemoveStory(story.id()));
    }

    @Override
    public String descriptionKey() { return "change.thread"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.story(story.id())); }

    /** Takes a story out again; only its own inverse uses it. */
    public record RemoveStory(String storyId) implements Change {
        @Override
        public Applied apply(Edition edition) {
            Story old = edition.story(storyId).orElseThrow(() -> new IllegalArgumentException("no story " + storyId));
            List<Story> stories = new ArrayList<>(edition.stories());
            stories.remove(old);
            return new Applied(edition.withStories(stories), new AddStory(old));
        }

        @Override
        public String descriptionKey() { return "change.thread"; }

        @Override
        public Set<Touch> touches() { return Set.of(Touch.story(storyId)); }
    }
}
