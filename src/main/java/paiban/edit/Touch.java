package paiban.edit;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import paiban.model.story.Story;

/**
 * One thing of an edition an edit names: a page, a frame on a page, a story,
 * a paragraph style, the order of the pages, the settings, or the whole
 * edition (what an edit that says nothing more touches). Two edits whose
 * touches overlap change the same thing, so a shared store cannot apply one
 * over the other without asking.
 */
public record Touch(Kind kind, String id) {
    public enum Kind { EDITION, SETTINGS, PAGE_ORDER, PAGE, FRAME, STORY, STYLE }

    public static final Touch EDITION = new Touch(Kind.EDITION, "");
    public static final Touch SETTINGS = new Touch(Kind.SETTINGS, "");
    public static final Touch PAGE_ORDER = new Touch(Kind.PAGE_ORDER, "");

    public Touch {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
    }

    /** The page itself, its frames included. */
    public static Touch page(String pageId) { return new Touch(Kind.PAGE, pageId); }

    /** One frame; frame ids are unique on their page, so the id is {@code pageId/frameId}. */
    public static Touch frame(String pageId, String frameId) { return new Touch(Kind.FRAME, pageId + "/" + frameId); }

    public static Touch story(String storyId) { return new Touch(Kind.STORY, storyId); }

    public static Touch style(String name) { return new Touch(Kind.STYLE, name); }

    /** {@code touches} and every story of {@code stories} (the stories an inverse puts back whole). */
    public static Set<Touch> withStories(List<Story> stories, Touch... touches) {
        Set<Touch> all = new LinkedHashSet<>(List.of(touches));
        for (Story s : stories) all.add(story(s.id()));
        return Set.copyOf(all);
    }

    /** True when both name the same thing or one holds the other (the edition everything, a page its frames). */
    public boolean overlaps(Touch other) {
        if (kind == Kind.EDITION || other.kind == Kind.EDITION) return true;
        if (equals(other)) return true;
        return holdsFrame(this, other) || holdsFrame(other, this);
    }

    private static boolean holdsFrame(Touch page, Touch frame) {
        return page.kind == Kind.PAGE && frame.kind == Kind.FRAME && frame.id.startsWith(page.id + "/");
    }
}
