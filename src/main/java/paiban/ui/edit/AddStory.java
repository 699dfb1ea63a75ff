package paiban.ui.edit;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Edition;
import paiban.model.story.Story;

/** Adds a new story (placed text, a new thread, a caption) at the end of the edition's stories. */
public record AddStory(Story story) implements Change {
    @Override
    public Applied apply(Edition edition) {
        if (edition.story(story.id()).isPresent()) throw new IllegalArgumentException("story " + story.id() + " exists");
        return new Applied(edition.withStory(story), new RemoveStory(story.id()));
    }

    @Override
    public String descriptionKey() { return "change.addStory"; }

    /** Takes a story out of the edition; its inverse puts it back at the same place. */
    public record RemoveStory(String storyId) implements Change {
        @Override
        public Applied apply(Edition edition) {
            List<Story> list = new ArrayList<>(edition.stories());
            int index = -1;
            for (int i = 0; i < list.size(); i++) if (list.get(i).id().equals(storyId)) index = i;
            if (index < 0) throw new IllegalArgumentException("no story " + storyId);
            Story removed = list.remove(index);
            return new Applied(edition.withStories(list), new InsertStory(index, removed));
        }

        @Override
        public String descriptionKey() { return "change.removeStory"; }
    }

    /** Puts a removed story back at its index, so undo restores the stories' order exactly. */
    public record InsertStory(int index, Story story) implements Change {
        @Override
        public Applied apply(Edition edition) {
            if (edition.story(story.id()).isPresent()) throw new IllegalArgumentException("story " + story.id() + " exists");
            List<Story> list = new ArrayList<>(edition.stories());
            list.add(Math.min(index, list.size()), story);
            return new Applied(edition.withStories(list), new RemoveStory(story.id()));
        }

        @Override
        public String descriptionKey() { return "change.addStory"; }
    }
}
