package paiban.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts (bundles zh_CN and en). Chinese unless -Dpaiban.lang=en
 * (or $PAIBAN_LANG=en) asks for English, so a designer on an English system
 * still gets the desk's Chinese words by default.
 */
public final class Messages {
    private static final String BUNDLE = "paiban.ui.messages";
    private static volatile ResourceBundle bundle;

    private Messages() {}

    public static Locale locale() {
        String lang = System.getProperty("paiban.lang");
        if (lang == null || lang.isBlank()) lang = System.getenv("PAIBAN_LANG");
        if (lang != null && lang.toLowerCase(Locale.ROOT).startsWith("en")) return Locale.ENGLISH;
        return Locale.SIMPLIFIED_CHINESE;
    }

    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    public static ResourceBundle bundle() {
        ResourceBundle b = bundle;
        if (b == null) {
            use(locale());
            b = bundle;
        }
        return b;
    }

    /** The text for {@code key}, with {0}, {1} … filled from {@code args}. */
    public static String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        if (args.length == 0) return pattern;
        // counts print as the desk writes them, 1217 字 not 1,217 字
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        return new MessageFormat(pattern, bundle().getLocale()).format(plain);
    }
}
