package paiban.edit;

import java.util.Set;

import paiban.model.Edition;
import paiban.model.story.Story;

/** Puts a changed story (same id) in place of the old one: its text, its paragraph styles. */
public record ReplaceStory(Story story) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Story old = edition.story(story.id()).orElseThrow(() -> new IllegalArgumentException("no story " + story.id()));
        return new Applied(edition.withStory(story), new ReplaceStory(old));
    }

    @Override
    public String descriptionKey() { return "change.editStory"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.story(story.id())); }
}
