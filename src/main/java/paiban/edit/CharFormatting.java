package paiban.edit;

import java.util.Optional;

import paiban.model.Edition;
import paiban.model.story.Paragraph;
import paiban.model.story.Runs;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.Cmyk;
import paiban.model.style.DefaultStyles;
import paiban.model.style.StyleSheet;

/**
 * The character formatting a designer asks for on a selection — Ctrl+B, a style
 * from the picker, a colour — as {@link FormatText} changes. Shared by the story
 * editor and the canvas's text editing.
 */
public final class CharFormatting {
    /** The character style 着重号 lays over a selection: emphasis dots and nothing else. */
    public static final CharStyle EMPHASIS_STYLE = new CharStyle("着重号", null, null, null).withEmphasisDots(true);

    private CharFormatting() {}

    /** A stretch of a story's text: paragraph and UTF-16 offset of its start and of its end. */
    public record Range(int startParagraph, int startOffset, int endParagraph, int endOffset) {
        public boolean isEmpty() { return startParagraph == endParagraph && startOffset >= endOffset; }
    }

    /**
     * Ctrl+B: takes 粗体 off when all of the range is bold, else lays it over the range
     * (bringing 粗体 into the sheet when an old file lacks it). Empty for an empty range.
     */
    public static Optional<Change> toggleBold(Edition edition, String storyId, Range r) {
        if (r.isEmpty()) return Optional.empty();
        boolean allBold = all(Stories.find(edition, storyId), r, DefaultStyles.BOLD);
        CharStyle create = edition.styles().charStyle(DefaultStyles.BOLD).isPresent() ? null : DefaultStyles.BOLD_STYLE;
        return Optional.of(new FormatText(storyId, r.startParagraph(), r.startOffset(), r.endParagraph(), r.endOffset(),
                allBold ? null : DefaultStyles.BOLD, create));
    }

    /**
     * 着重号: takes the style off when all of the range has it, else lays it over the
     * range (made on first use). Empty for an empty range.
     */
    public static Optional<Change> toggleEmphasis(Edition edition, String storyId, Range r) {
        if (r.isEmpty()) return Optional.empty();
        String name = EMPHASIS_STYLE.name();
        boolean all = all(Stories.find(edition, storyId), r, name);
        CharStyle create = edition.styles().charStyle(name).isPresent() ? null : EMPHASIS_STYLE;
        return Optional.of(new FormatText(storyId, r.startParagraph(), r.startOffset(), r.endParagraph(), r.endOffset(),
                all ? null : name, create));
    }

    /** Lays the named style over the range, or takes every character style off it for null. */
    public static Optional<Change> apply(Edition edition, String storyId, Range r, String style) {
        if (r.isEmpty()) return Optional.empty();
        if (style != null && edition.styles().charStyle(style).isEmpty())
            throw new IllegalArgumentException("no character style " + style);
        return Optional.of(new FormatText(storyId, r.startParagraph(), r.startOffset(), r.endParagraph(), r.endOffset(),
                style, null));
    }

    /** Colours the range: with the sheet's style of only that colour, or a new one named for it. */
    public static Optional<Change> colour(Edition edition, String storyId, Range r, Cmyk colour) {
        if (r.isEmpty()) return Optional.empty();
        StyleSheet sheet = edition.styles();
        for (CharStyle cs : sheet.charStyles()) {
            if (colour.equals(cs.color()) && cs.equals(new CharStyle(cs.name(), null, null, colour))) {
                return apply(edition, storyId, r, cs.name());
            }
        }
        String name = colourName(colour);
        // a style of the designer's may hold the name with other settings: the colour's own gets a mark
        while (sheet.charStyle(name).isPresent()) name = name + "*";
        CharStyle made = new CharStyle(name, null, null, colour);
        return Optional.of(new FormatText(storyId, r.startParagraph(), r.startOffset(), r.endParagraph(), r.endOffset(),
                made.name(), made));
    }

    /** "颜色 C0 M100 Y100 K0": the name a colour's own character style gets. */
    public static String colourName(Cmyk c) {
        return DefaultStyles.colourStyleName(c);
    }

    private static boolean all(Story s, Range r, String style) {
        for (int i = r.startParagraph(); i <= r.endParagraph(); i++) {
            Paragraph p = s.paragraphs().get(i);
            int from = i == r.startParagraph() ? r.startOffset() : 0;
            int to = i == r.endParagraph() ? r.endOffset() : p.text().length();
            if (to > from && !Runs.all(p, from, to, style)) return false;
        }
        return true;
    }
}
