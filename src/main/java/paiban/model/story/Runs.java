package paiban.model.story;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Character styles laid over or taken off part of a paragraph. A character has
 * at most one character style (a later run wins, as in
 * {@link Paragraph#charStyleAt}); the result's runs are disjoint, ascending and
 * merged where neighbours share a style.
 */
public final class Runs {
    private Runs() {}

    /** {@code p} with [start, end) in character style {@code style}, or in none when it is null. */
    public static Paragraph set(Paragraph p, int start, int end, String style) {
        String[] at = styles(p);
        int a = Math.max(0, Math.min(start, at.length)), b = Math.max(a, Math.min(end, at.length));
        Arrays.fill(at, a, b, style);
        return new Paragraph(p.style(), p.text(), runs(at));
    }

    /** {@code p} with every character in style {@code from} put in {@code to} (in none for null); {@code p} itself when none is. */
    public static Paragraph replace(Paragraph p, String from, String to) {
        String[] at = styles(p);
        boolean any = false;
        for (int i = 0; i < at.length; i++) {
            if (from.equals(at[i])) { at[i] = to; any = true; }
        }
        return any ? new Paragraph(p.style(), p.text(), runs(at)) : p;
    }

    /** True when every character of [start, end) is in {@code style} (and the range is not empty). */
    public static boolean all(Paragraph p, int start, int end, String style) {
        if (end <= start) return false;
        for (int i = start; i < end && i < p.text().length(); i++) {
            if (!style.equals(p.charStyleAt(i))) return false;
        }
        return true;
    }

    private static String[] styles(Paragraph p) {
        String[] at = new String[p.text().length()];
        for (CharRun r : p.runs()) Arrays.fill(at, Math.min(r.start(), at.length), Math.min(r.end(), at.length), r.style());
        return at;
    }

    private static List<CharRun> runs(String[] at) {
        List<CharRun> out = new ArrayList<>();
        int i = 0;
        while (i < at.length) {
            int j = i + 1;
            while (j < at.length && java.util.Objects.equals(at[j], at[i])) j++;
            if (at[i] != null) out.add(new CharRun(i, j, at[i]));
            i = j;
        }
        return out;
    }
}
