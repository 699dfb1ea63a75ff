package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.ui.files.UserFolders;

class InterfaceLanguageTest {
    private static Locale locale(String tag) {
        return tag == null ? null : Locale.forLanguageTag(tag);
    }

    /** explicit (-Dpaiban.lang / $PAIBAN_LANG) > saved choice > an English system > Chinese */
    @ParameterizedTest
    @CsvSource(nullValues = "-", value = {
            "-,     -,     zh-CN, zh-CN",
            "-,     -,     en-US, en",
            "-,     -,     en-GB, en",
            "-,     -,     de-DE, zh-CN",
            "-,     -,     -,     zh-CN",
            "-,     zh-CN, en-US, zh-CN",
            "-,     en,    zh-CN, en",
            "en,    zh-CN, zh-CN, en",
            "EN_us, -,     zh-CN, en",
            "zh,    en,    en-US, zh-CN",
            "'  ',  en,    zh-CN, en",
    })
    void precedence(String explicit, String saved, String system, String expected) {
        assertEquals(locale(expected), InterfaceLanguage.resolve(explicit, locale(saved), locale(system)));
    }

    @Test
    void theChoiceIsKeptBesideOtherSettings(@TempDir Path dir) throws IOException {
        Path settings = dir.resolve("settings");
        assertEquals(Optional.empty(), InterfaceLanguage.saved(settings));
        InterfaceLanguage.save(settings, Locale.ENGLISH);
        assertEquals(Optional.of(Locale.ENGLISH), InterfaceLanguage.saved(settings));
        Files.writeString(UserFolders.preferences(settings),
                Files.readString(UserFolders.preferences(settings)) + "other=kept\n");
        InterfaceLanguage.save(settings, Locale.SIMPLIFIED_CHINESE);
        assertEquals(Optional.of(Locale.SIMPLIFIED_CHINESE), InterfaceLanguage.saved(settings));
        String text = Files.readString(UserFolders.preferences(settings));
        assertEquals(true, text.contains("other=kept"), text);
    }

    @Test
    void aDamagedFileCountsAsNoChoice(@TempDir Path dir) throws IOException {
        Files.writeString(UserFolders.preferences(dir), "language=\\u12");
        assertEquals(Optional.empty(), InterfaceLanguage.saved(dir));
    }
}
