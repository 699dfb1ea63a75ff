package paiban.preflight;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One problem preflight found. The text is kept as a message key and its
 * arguments, so the same finding reads in the desk's language in the editor
 * and on the command line; {@link #message()} is the English line.
 *
 * @param code       stable short name of the check, e.g. {@code overset} (CLI output, tests, scripts)
 * @param key        the text in the findings bundles ({@code findings_zh_CN}, {@code findings_en}), e.g.
 *                   {@code missing-image.empty}; null for a literal text held as the only argument
 * @param args       the text's arguments: numbers, names, file paths and {@link Wording}s (words that are
 *                   themselves translated, such as a frame kind)
 * @param pageId     the page concerned, "" when none
 * @param frameId    the frame concerned, "" when none
 * @param storyId    the story concerned, "" when none
 * @param pageName   the page as the desk calls it (第三版, A3版), "" when the page is not in the edition
 * @param storyTitle the story's title, "" when it has none
 */
public record Finding(Severity severity, String code, String key, List<Object> args,
                      String pageId, String frameId, String storyId, String pageName, String storyTitle) {
    public Finding {
        if (severity == null || code == null || args == null) throw new IllegalArgumentException("incomplete finding");
        if (key == null && args.size() != 1) throw new IllegalArgumentException("a literal finding holds its one text");
        args = List.copyOf(args);
        if (pageId == null) pageId = "";
        if (frameId == null) frameId = "";
        if (storyId == null) storyId = "";
        if (pageName == null) pageName = "";
        if (storyTitle == null) storyTitle = "";
    }

    /** A finding with a fixed text in every language (tests, findings from elsewhere). */
    public Finding(Severity severity, String code, String message, String pageId, String frameId, String storyId) {
        this(severity, code, null, literal(message), pageId, frameId, storyId, "", "");
    }

    private static List<Object> literal(String message) {
        if (message == null) throw new IllegalArgumentException("incomplete finding");
        List<Object> one = new ArrayList<>(1);
        one.add(message);
        return one;
    }

    public boolean isError() { return severity == Severity.ERROR; }

    /** The English line: where, then what. */
    public String message() { return message(Locale.ENGLISH); }

    /** The line in {@code locale}'s language (Chinese for any zh locale, else English): where, then what. */
    public String message(Locale locale) {
        if (key == null) return String.valueOf(args.get(0));
        FindingTexts texts = FindingTexts.of(locale);
        String where = texts.place(this);
        String what = texts.format(key, args);
        return where.isEmpty() ? what : where + texts.text("place.separator") + what;
    }

    /** The check's short name in {@code locale}'s language, e.g. 超字 / Overset. */
    public String title(Locale locale) {
        return FindingTexts.of(locale).title(code);
    }

    @Override public String toString() {
        return severity + " " + code + ": " + message();
    }
}
