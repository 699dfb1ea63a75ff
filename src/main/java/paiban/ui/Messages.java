package paiban.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The interface texts (bundles zh_CN and en), in the language
 * {@link InterfaceLanguage} picks at start until {@link #use} switches it.
 */
public final class Messages {
    private static final System.Logger LOG = paiban.log.Log.of(Messages.class);
    private static final String BUNDLE = "paiban.ui.messages";
    private static volatile ResourceBundle bundle;

    private Messages() {}

    /** The language to start in (see {@link InterfaceLanguage#atStart()}). */
    public static Locale locale() {
        return InterfaceLanguage.atStart();
    }

    /** The language the texts are in now. */
    public static Locale current() {
        return bundle().getLocale().getLanguage().equals("en") ? InterfaceLanguage.ENGLISH : InterfaceLanguage.CHINESE;
    }

    public static void use(Locale locale) {
        bundle = ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_DEFAULT));
    }

    /** A language set for a while: closing it brings back the texts as they were before. */
    public interface Scope extends AutoCloseable {
        @Override void close();
    }

    /**
     * The texts in {@code locale} until the returned scope is closed (a test
     * sets its language so, through its extension, rather than resetting it by hand).
     */
    public static Scope inLanguage(Locale locale) {
        ResourceBundle before = bundle;
        use(locale);
        return () -> bundle = before;
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
            LOG.log(System.Logger.Level.WARNING, "no interface text for " + key, e);
            return key;
        }
        if (args.length == 0) return pattern;
        // counts print as the desk writes them, 1217 字 not 1,217 字
        Object[] plain = new Object[args.length];
        for (int i = 0; i < args.length; i++) plain[i] = args[i] instanceof Number n ? n.toString() : args[i];
        ResourceBundle b = bundle();
        // parsed once per bundle and text: the status bar formats one on every pointer step
        MessageFormat format = FORMATS.computeIfAbsent(new FormatKey(b, pattern), k -> new MessageFormat(k.pattern(), b.getLocale()));
        synchronized (format) {
            return format.format(plain);
        }
    }

    private record FormatKey(ResourceBundle bundle, String pattern) {}

    private static final java.util.Map<FormatKey, MessageFormat> FORMATS = new java.util.concurrent.ConcurrentHashMap<>();
}
