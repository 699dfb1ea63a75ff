package paiban.ui.story;

import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.ui.Messages;

/**
 * What the editor calls a story. Stories made by typing, threading or
 * placing untitled copy have no title and an id like {@code story-2}, which
 * the desk cannot recognise; until someone gives one a title they see the
 * start of its text instead, or 未命名稿件 while it has none. Derived, not
 * stored: the file keeps an empty title, and the name follows the text.
 */
public final class StoryNames {
    /** Characters of the text a name shows; a headline's length, enough to tell stories apart. */
    static final int LENGTH = 12;

    private StoryNames() {}

    public static String of(Story story) {
        if (!story.title().isBlank()) return story.title();
        String start = opening(story);
        return start.isEmpty() ? Messages.get("story.untitled") : start;
    }

    /** The first {@link #LENGTH} characters of the first paragraph with text, whole code points, … when cut. */
    static String opening(Story story) {
        for (Paragraph p : story.paragraphs()) {
            String t = p.text().strip().replaceAll("\\s+", " ");
            if (t.isEmpty()) continue;
            int points = t.codePointCount(0, t.length());
            if (points <= LENGTH) return t;
            return t.substring(0, t.offsetByCodePoints(0, LENGTH)) + "…";
        }
        return "";
    }
}
