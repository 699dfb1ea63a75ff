package paiban.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/** Gives paragraphs {@code from}..{@code to} (inclusive) of a story another paragraph style. */
public record RestyleParagraphs(String storyId, int from, int to, String style) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Story story = Stories.find(edition, storyId);
        if (from < 0 || to < from || to >= story.paragraphs().size())
            throw new IllegalArgumentException("story " + storyId + " has no paragraphs " + (from + 1) + "–" + (to + 1));
        if (edition.styles().find(style).isEmpty())
            throw new IllegalArgumentException("no paragraph style " + style);
        List<Paragraph> ps = new ArrayList<>(story.paragraphs());
        for (int i = from; i <= to; i++) if (!ps.get(i).style().equals(style)) ps.set(i, ps.get(i).withStyle(style));
        return new Applied(edition.withStory(story.withParagraphs(ps)), new SetStoryText(storyId, story.paragraphs()));
    }

    @Override
    public String descriptionKey() { return "change.restyle"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.story(storyId), Touch.style(style)); }
}
