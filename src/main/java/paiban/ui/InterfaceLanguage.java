package paiban.ui;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import paiban.ui.files.UserFolders;

/**
 * Which language the interface speaks. In order: {@code -Dpaiban.lang} or
 * {@code $PAIBAN_LANG} when set (a desk can pin it), the choice made in
 * 视图 → 界面语言 (kept in the user settings folder), English on an English
 * system, else Chinese.
 */
public final class InterfaceLanguage {
    private static final System.Logger LOG = paiban.log.Log.of(InterfaceLanguage.class);
    public static final Locale CHINESE = Locale.SIMPLIFIED_CHINESE;
    public static final Locale ENGLISH = Locale.ENGLISH;
    private static final String KEY = "language";

    private InterfaceLanguage() {}

    /** The language to start in, from the explicit setting, the saved choice and the system locale. */
    public static Locale atStart() {
        return resolve(explicit(), saved(UserFolders.settings()).orElse(null), Locale.getDefault());
    }

    /** The rule of {@link #atStart()} on plain values; any may be null. */
    static Locale resolve(String explicit, Locale saved, Locale system) {
        if (explicit != null && !explicit.isBlank()) return parse(explicit);
        if (saved != null) return saved;
        if (system != null && system.getLanguage().equals("en")) return ENGLISH;
        return CHINESE;
    }

    /** "en", "en_US" → English; anything else → Chinese. */
    static Locale parse(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT).startsWith("en") ? ENGLISH : CHINESE;
    }

    private static String explicit() {
        String lang = System.getProperty("paiban.lang");
        return lang == null || lang.isBlank() ? System.getenv("PAIBAN_LANG") : lang;
    }

    /** The choice saved in {@code settings}, if any (an unreadable file counts as none). */
    public static Optional<Locale> saved(Path settings) {
        Path file = UserFolders.preferences(settings);
        if (!Files.isRegularFile(file)) return Optional.empty();
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(System.Logger.Level.WARNING, "the saved interface language could not be read", e);
            return Optional.empty();
        }
        String v = p.getProperty(KEY);
        return v == null || v.isBlank() ? Optional.empty() : Optional.of(parse(v));
    }

    /** Keeps {@code locale} as the choice for the next start, beside the other settings in the file. */
    public static void save(Path settings, Locale locale) throws IOException {
        Path file = UserFolders.preferences(settings);
        Properties p = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                p.load(in);
            } catch (IllegalArgumentException e) {
                LOG.log(System.Logger.Level.WARNING, "the settings file is damaged; rewritten with the language alone", e);
                // a damaged file is rewritten with the choice alone
            }
        }
        p.setProperty(KEY, locale.equals(ENGLISH) ? "en" : "zh_CN");
        Files.createDirectories(settings);
        Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
        try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            p.store(out, "Paiban editor settings");
        }
        Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }
}
