package paiban.publish;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Something a reader of the published site would miss, said in the desk's
 * language ({@code paiban/publish/notes_zh_CN}, {@code notes_en}): any zh
 * locale reads Chinese, everything else English. {@code code} is the same
 * in every language.
 */
public record PublishNote(String code, List<String> args) {
    static final String BUNDLE = "paiban.publish.notes";

    public PublishNote {
        args = List.copyOf(args);
    }

    static PublishNote of(String code, String... args) {
        return new PublishNote(code, List.of(args));
    }

    public String text(Locale locale) {
        Locale l = locale != null && "zh".equals(locale.getLanguage()) ? Locale.SIMPLIFIED_CHINESE : Locale.ENGLISH;
        ResourceBundle b = ResourceBundle.getBundle(BUNDLE, l,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new MessageFormat(b.getString(code), l).format(args.toArray());
    }
}
