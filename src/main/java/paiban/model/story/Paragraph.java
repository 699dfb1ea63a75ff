package paiban.model.story;

import java.util.List;

/**
 * One paragraph: its text, its paragraph style's name, and character runs
 * kept apart from the text. Immutable, so (paragraph, style, measure) is a
 * safe cache key for its composed lines.
 */
public record Paragraph(String style, String text, List<CharRun> runs) {
    /**
     * A line break inside the paragraph (Shift+Enter): U+2028 LINE SEPARATOR. The line
     * ends there and the next line goes on in the same paragraph, so a two-line headline
     * or subhead stays one paragraph; the file stores it as the character itself.
     */
    public static final char LINE_BREAK = '\u2028';

    public Paragraph {
        if (style == null || style.isBlank()) style = "正文";
        if (text == null) text = "";
        runs = List.copyOf(runs);
        for (CharRun r : runs) {
            if (r.end() > text.length())
                throw new IllegalArgumentException("run [" + r.start() + "," + r.end() + ") beyond text of length " + text.length());
        }
    }

    public Paragraph(String style, String text) {
        this(style, text, List.of());
    }

    public Paragraph withText(String newText) {
        return new Paragraph(style, newText, clip(runs, newText.length()));
    }

    public Paragraph withStyle(String newStyle) {
        return new Paragraph(newStyle, text, runs);
    }

    private static List<CharRun> clip(List<CharRun> runs, int length) {
        return runs.stream()
                .filter(r -> r.start() < length)
                .map(r -> new CharRun(r.start(), Math.min(r.end(), length), r.style()))
                .toList();
    }

    /** Character style name at a UTF-16 index, or null. */
    public String charStyleAt(int index) {
        String found = null;
        for (CharRun r : runs) if (index >= r.start() && index < r.end()) found = r.style();
        return found;
    }
}
