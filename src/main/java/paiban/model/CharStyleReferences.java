package paiban.model;

import java.util.ArrayList;
import java.util.List;

import paiban.model.story.CharRun;
import paiban.model.story.Paragraph;
import paiban.model.story.Runs;
import paiban.model.story.Story;
import paiban.model.style.CharStyle;
import paiban.model.style.StyleSheet;

/**
 * Everything in an edition that names a character style: the runs of the
 * stories' paragraphs. Renaming a style renames its runs; deleting one moves
 * them to another style or takes the formatting off them.
 */
public final class CharStyleReferences {
    private CharStyleReferences() {}

    /** How many runs name {@code style}. */
    public static int count(Edition e, String style) {
        int n = 0;
        for (Story s : e.stories()) for (Paragraph p : s.paragraphs()) for (CharRun r : p.runs()) if (r.style().equals(style)) n++;
        return n;
    }

    /** The character style {@code from} renamed {@code to} in the sheet and in every run. */
    public static Edition rename(Edition e, String from, String to) {
        CharStyle style = e.styles().charStyle(from).orElseThrow(() -> new IllegalArgumentException("no character style " + from));
        if (to == null || to.isBlank()) throw new IllegalArgumentException("character style needs a name");
        if (e.styles().charStyle(to).isPresent()) throw new IllegalArgumentException("a character style " + to + " exists already");
        List<CharStyle> chars = new ArrayList<>(e.styles().charStyles());
        chars.set(chars.indexOf(style), rename(style, to));
        return runs(e.withStyles(new StyleSheet(e.styles().paragraphStyles(), chars)), from, to);
    }

    /**
     * The edition without the character style {@code gone}; its runs move to
     * {@code moveTo}, or lose their formatting when it is null.
     */
    public static Edition delete(Edition e, String gone, String moveTo) {
        CharStyle style = e.styles().charStyle(gone).orElseThrow(() -> new IllegalArgumentException("no character style " + gone));
        if (moveTo != null && (moveTo.equals(gone) || e.styles().charStyle(moveTo).isEmpty())) {
            throw new IllegalArgumentException("runs of " + gone + " cannot move to " + moveTo);
        }
        List<CharStyle> chars = new ArrayList<>(e.styles().charStyles());
        chars.remove(style);
        return runs(e.withStyles(new StyleSheet(e.styles().paragraphStyles(), chars)), gone, moveTo);
    }

    private static CharStyle rename(CharStyle s, String to) {
        return new CharStyle(to, s.family(), s.bold(), s.color(), s.size(), s.horizontalScale(), s.verticalScale(),
                s.tracking(), s.emphasisDots());
    }

    /** Every run of {@code from} made one of {@code to} (none for null), neighbours of one style merged. */
    private static Edition runs(Edition e, String from, String to) {
        List<Story> stories = new ArrayList<>();
        boolean any = false;
        for (Story s : e.stories()) {
            List<Paragraph> ps = new ArrayList<>();
            boolean changed = false;
            for (Paragraph p : s.paragraphs()) {
                Paragraph q = p.runs().isEmpty() ? p : Runs.replace(p, from, to);
                ps.add(q);
                changed |= q != p;
            }
            stories.add(changed ? s.withParagraphs(ps) : s);
            any |= changed;
        }
        return any ? e.withStories(stories) : e;
    }
}
