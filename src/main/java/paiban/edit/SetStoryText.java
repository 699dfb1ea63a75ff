package paiban.edit;

import java.util.List;
import java.util.Set;

import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/**
 * Gives a story new paragraphs (typed, pasted, restyled or placed). The
 * inverse holds the whole old list, not just the changed range, so the
 * first change of a merged typing burst still restores the state before
 * the burst however many paragraphs the burst split or joined. Unchanged
 * paragraphs are the same objects, which the composer's caches key on.
 */
public record SetStoryText(String storyId, List<Paragraph> paragraphs) implements Change {
    public SetStoryText {
        paragraphs = List.copyOf(paragraphs);
    }

    @Override
    public Applied apply(Edition edition) {
        Story story = Stories.find(edition, storyId);
        return new Applied(edition.withStory(story.withParagraphs(paragraphs)),
                new SetStoryText(storyId, story.paragraphs()));
    }

    @Override
    public String descriptionKey() { return "change.editText"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.story(storyId)); }
}
