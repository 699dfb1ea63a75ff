package paiban.edit;

import java.util.HashSet;
import java.util.Set;

import paiban.model.Edition;
import paiban.model.story.Story;

/** Story look-ups shared by the story changes. */
public final class Stories {
    private Stories() {}

    public static Story find(Edition edition, String storyId) {
        return edition.story(storyId).orElseThrow(() -> new IllegalArgumentException("no story " + storyId));
    }

    /** {@code base}, or base-2, base-3 … whichever no story of the edition uses yet. */
    public static String freshId(Edition edition, String base) {
        String stem = base == null || base.isBlank() ? "story" : base.strip();
        Set<String> used = new HashSet<>();
        for (Story s : edition.stories()) used.add(s.id());
        if (!used.contains(stem)) return stem;
        for (int n = 2; ; n++) if (!used.contains(stem + "-" + n)) return stem + "-" + n;
    }
}
