package paiban.edit;

import java.util.ArrayList;
import java.util.List;

import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Runs;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.StyleSheet;

/**
 * Lays character style {@code style} over a stretch of a story's text, from
 * (startParagraph, startOffset) to (endParagraph, endOffset), or takes every
 * character style off it when {@code style} is null. A style the sheet lacks
 * comes in as {@code create} (a colour picked for the first time, 粗体 missing
 * from an old file). One undo step: the inverse restores the paragraphs and
 * the character styles as they were.
 */
public record FormatText(String storyId, int startParagraph, int startOffset, int endParagraph, int endOffset,
                         String style, CharStyle create) implements Change {
    @Override
    public Applied apply(Edition edition) {
        Story story = Stories.find(edition, storyId);
        List<Paragraph> ps = new ArrayList<>(story.paragraphs());
        if (startParagraph < 0 || endParagraph >= ps.size() || endParagraph < startParagraph)
            throw new IllegalArgumentException("story " + storyId + " has no paragraphs " + (startParagraph + 1)
                    + "–" + (endParagraph + 1));
        StyleSheet sheet = edition.styles();
        Edition e = edition;
        if (style != null && sheet.charStyle(style).isEmpty()) {
            if (create == null || !create.name().equals(style))
                throw new IllegalArgumentException("no character style " + style);
            List<CharStyle> chars = new ArrayList<>(sheet.charStyles());
            chars.add(create);
            e = e.withStyles(new StyleSheet(sheet.paragraphStyles(), chars));
        }
        for (int i = startParagraph; i <= endParagraph; i++) {
            Paragraph p = ps.get(i);
            int from = i == startParagraph ? startOffset : 0;
            int to = i == endParagraph ? endOffset : p.text().length();
            Paragraph q = Runs.set(p, from, to, style);
            if (!q.equals(p)) ps.set(i, q);
        }
        e = e.withStory(story.withParagraphs(ps));
        return new Applied(e, new Restore(storyId, story.paragraphs(), sheet));
    }

    @Override
    public String descriptionKey() { return "change.formatText"; }

    /** Puts back a story's paragraphs (none for a null story) and the style sheet of before a formatting. */
    record Restore(String storyId, List<Paragraph> paragraphs, StyleSheet styles) implements Change {
        @Override
        public Applied apply(Edition edition) {
            if (storyId == null) return new Applied(edition.withStyles(styles), new Restore(null, null, edition.styles()));
            Story story = Stories.find(edition, storyId);
            Edition e = edition.withStyles(styles).withStory(story.withParagraphs(paragraphs));
            return new Applied(e, new Restore(storyId, story.paragraphs(), edition.styles()));
        }

        @Override
        public String descriptionKey() { return "change.formatText"; }
    }
}
