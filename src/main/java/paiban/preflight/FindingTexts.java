package paiban.preflight;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The findings' texts in one language, from {@code paiban/preflight/findings_zh_CN}
 * and {@code findings_en}: Chinese as a newspaper production desk says it,
 * English for the rest. Any zh locale reads Chinese, everything else English.
 */
public final class FindingTexts {
    private static final System.Logger LOG = paiban.log.Log.of(FindingTexts.class);
    static final String BUNDLE = "paiban.preflight.findings";
    private static final FindingTexts CHINESE = new FindingTexts(load(Locale.SIMPLIFIED_CHINESE));
    private static final FindingTexts ENGLISH = new FindingTexts(load(Locale.ENGLISH));

    private final ResourceBundle bundle;

    private FindingTexts(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    static ResourceBundle load(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static FindingTexts of(Locale locale) {
        return locale != null && "zh".equals(locale.getLanguage()) ? CHINESE : ENGLISH;
    }

    /**
     * The language of the desk when nothing else says: Chinese unless -Dpaiban.lang=en
     * (or $PAIBAN_LANG=en) asks for English, the same rule as the editor's interface.
     */
    public static Locale deskLocale() {
        String lang = System.getProperty("paiban.lang");
        if (lang == null || lang.isBlank()) lang = System.getenv("PAIBAN_LANG");
        return parse(lang);
    }

    /** "en…" is English; anything else (zh, zh_CN, nothing) Chinese. */
    public static Locale parse(String lang) {
        if (lang != null && lang.strip().toLowerCase(Locale.ROOT).startsWith("en")) return Locale.ENGLISH;
        return Locale.SIMPLIFIED_CHINESE;
    }

    public Locale locale() { return bundle.getLocale(); }

    /** The plain text of {@code key}; a missing key shows as itself rather than failing a whole preflight. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            LOG.log(System.Logger.Level.WARNING, "no finding text for " + key, e);
            return key;
        }
    }

    /** The text of {@code key} with {0}, {1} … filled in; counts print plain (1217, not 1,217). */
    public String format(String key, List<Object> args) {
        String pattern = text(key);
        Object[] plain = new Object[args.size()];
        for (int i = 0; i < plain.length; i++) {
            Object a = args.get(i);
            plain[i] = a instanceof Wording w ? format(w.key(), w.args())
                    : a instanceof Number n ? n.toString() : String.valueOf(a);
        }
        return new MessageFormat(pattern, locale()).format(plain);
    }

    /** The check's short name: 超字, Overset. */
    public String title(String code) {
        return text("code." + code);
    }

    /** Where a finding is: page, frame and story as far as known, e.g. 第二版 《两会报道》. */
    String place(Finding f) {
        StringBuilder sb = new StringBuilder();
        String join = text("place.join");
        if (!f.pageName().isEmpty()) append(sb, join, format("place.page", List.of(f.pageName())));
        else if (!f.pageId().isEmpty()) append(sb, join, format("place.page.unknown", List.of(f.pageId())));
        if (!f.frameId().isEmpty()) {
            append(sb, join, format(f.storyId().isEmpty() ? "place.frame" : "place.frame.besideStory", List.of(f.frameId())));
        }
        if (!f.storyId().isEmpty()) append(sb, join, format(storyName(f.storyTitle(), f.storyId())));
        return sb.toString();
    }

    /** A story as findings name it: by title, by id when it has none. */
    static Wording storyName(String title, String storyId) {
        return title == null || title.isBlank() ? Wording.of("story.untitled", storyId)
                : Wording.of("story.titled", title, storyId);
    }

    String format(Wording w) {
        return format(w.key(), w.args());
    }

    private static void append(StringBuilder sb, String join, String part) {
        if (part.isEmpty()) return;
        if (sb.length() > 0) sb.append(join);
        sb.append(part);
    }
}
