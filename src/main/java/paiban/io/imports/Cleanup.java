package paiban.io.imports;

import java.util.Optional;

/**
 * The newsroom clean-up and recognition rules of an import, each on by default
 * and switchable ({@code --no-NAME} on the command line). Each counts the places
 * it changed in {@link ImportReport#count(Cleanup)}; the unit is given per rule.
 */
public enum Cleanup {
    /**
     * Soft hyphens, zero-width characters, direction marks and other invisible controls removed; a line
     * separator U+2028 made a line break, a paragraph separator U+2029 a paragraph break; one per character.
     */
    INVISIBLE("invisible", "invisible characters removed (soft hyphen, zero-width; U+2028/U+2029 made breaks)"),
    /** Line breaks inside a paragraph joined; one per break. Off: each line stays a paragraph of its own. */
    JOIN_LINES("join-lines", "line breaks inside a paragraph joined"),
    /** Jump lines typed in the copy (（下转第三版）, （上接第一版）, 下转A3版) removed, each noted; one per jump line. */
    JUMP_LINES("jump-lines", "typed jump lines removed (Paiban sets them)"),
    /**
     * A paragraph cut mid-sentence by a column break or a jump (no end punctuation, the next one not indented
     * where the copy indents paragraphs) joined to the next, each join noted; one per join.
     */
    JOIN_BROKEN("join-broken", "paragraphs broken off mid-sentence joined"),
    /** Spaces and tabs (also U+3000) at a paragraph's start dropped; one per paragraph. */
    LEADING_INDENT("leading-indent", "leading indentation dropped"),
    /** Ｆｕｌｌ-width ASCII letters and digits made half-width; one per character. */
    FULLWIDTH_ALNUM("fullwidth-alnum", "full-width letters and digits made half-width"),
    /** , . : ; ? ! ( ) next to Chinese made full-width (not a decimal point, not 1,000 or 3:00); one per character. */
    PUNCTUATION("punctuation", "half-width punctuation beside Chinese made full-width"),
    /** Spaces inside dates and times in digits and in a 电头's head removed (5 月 3 日 → 5月3日); one per date. */
    DATES("dates", "spaces inside dates and 电头 heads removed (5 月 3 日 → 5月3日)"),
    /**
     * Spaces between Chinese characters removed (not between Latin words, not in 记者 brackets or byline lines,
     * not inside 《》); in a headline line, a space between phrases becomes one 字 space; one per space run.
     */
    CHINESE_SPACES("chinese-spaces", "spaces between Chinese characters removed (between the phrases of a headline: one 字 space)"),
    /** Runs of spaces made one, trailing spaces dropped; one per run. */
    COLLAPSE_SPACES("collapse-spaces", "runs of spaces collapsed"),
    /** 本报讯（记者 …） at a paragraph's start tags it 电头; one per paragraph. */
    DATELINE("dateline", "电头 recognised"),
    /** （记者 …） or 本报记者 … 摄 tagged 署名, split off the end of the last paragraph if needed; one per paragraph. */
    BYLINE("byline", "署名 recognised"),
    /** Short lines before the body taken as the headline stack 引题 / 主题 / 副题; one per headline paragraph. */
    HEADLINE("headline", "headline lines recognised"),
    /** Short lines without end punctuation between body paragraphs tagged 小标题; one per paragraph. */
    SUBHEADS("subheads", "小标题 recognised");

    private final String cliName;
    private final String description;

    Cleanup(String cliName, String description) {
        this.cliName = cliName;
        this.description = description;
    }

    /** The name used on the command line: {@code --no-<cliName>}. */
    public String cliName() { return cliName; }

    public String description() { return description; }

    public static Optional<Cleanup> byCliName(String name) {
        for (Cleanup c : values()) if (c.cliName.equals(name)) return Optional.of(c);
        return Optional.empty();
    }
}
