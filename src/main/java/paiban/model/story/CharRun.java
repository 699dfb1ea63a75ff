package paiban.model.story;

/** A character style over [start, end) of a paragraph's text (UTF-16 indices). */
public record CharRun(int start, int end, String style) {
    public CharRun {
        if (start < 0 || end < start) throw new IllegalArgumentException("bad run [" + start + "," + end + ")");
        if (style == null || style.isBlank()) throw new IllegalArgumentException("run needs a character style");
    }
}
