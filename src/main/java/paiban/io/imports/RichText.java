package paiban.io.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import paiban.model.story.CharRun;

/**
 * Text being cleaned, with a character style per UTF-16 unit so that edits
 * keep bold runs where they were. Mutable; used inside one import only.
 */
final class RichText {
    private final StringBuilder text = new StringBuilder();
    private final List<String> styles = new ArrayList<>();

    static RichText of(String plain) {
        RichText t = new RichText();
        t.append(plain, null);
        return t;
    }

    void append(String s, String charStyle) {
        text.append(s);
        for (int i = 0; i < s.length(); i++) styles.add(charStyle);
    }

    /** Appends another text with its styles. */
    void append(RichText other) {
        text.append(other.text);
        styles.addAll(other.styles);
    }

    int length() { return text.length(); }

    char charAt(int i) { return text.charAt(i); }

    int codePointAt(int i) { return text.codePointAt(i); }

    @Override public String toString() { return text.toString(); }

    /** Replaces [start, end); the new characters take the style of the first replaced one (or of the one before). */
    void replace(int start, int end, String with) {
        String style = start < end ? styles.get(start) : (start > 0 ? styles.get(start - 1) : null);
        text.replace(start, end, with);
        styles.subList(start, end).clear();
        for (int i = 0; i < with.length(); i++) styles.add(start + i, style);
    }

    /** Gives [start, end) the character style {@code charStyle}. */
    void restyle(int start, int end, String charStyle) {
        for (int i = start; i < end; i++) styles.set(i, charStyle);
    }

    RichText slice(int start, int end) {
        RichText t = new RichText();
        t.text.append(text, start, end);
        t.styles.addAll(styles.subList(start, end));
        return t;
    }

    /** The styled stretches as character runs. */
    List<CharRun> runs() {
        List<CharRun> runs = new ArrayList<>();
        int i = 0;
        while (i < styles.size()) {
            String s = styles.get(i);
            int j = i + 1;
            while (j < styles.size() && Objects.equals(styles.get(j), s)) j++;
            if (s != null) runs.add(new CharRun(i, j, s));
            i = j;
        }
        return runs;
    }
}
