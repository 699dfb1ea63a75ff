package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

class MessagesTest {
    private static Properties load(String name) throws IOException {
        Properties p = new Properties();
        try (InputStream in = Messages.class.getResourceAsStream(name)) {
            p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        }
        return p;
    }

    @Test
    void chineseAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(new TreeSet<>(load("messages_zh_CN.properties").stringPropertyNames()),
                new TreeSet<>(load("messages_en.properties").stringPropertyNames()));
    }

    @Test
    void chineseIsTheDefault() throws IOException {
        // pinned: neither this machine's locale nor a saved choice decides what the test sees
        String oldLang = System.getProperty("paiban.lang");
        String oldSettings = System.getProperty("paiban.settings");
        java.util.Locale oldDefault = java.util.Locale.getDefault();
        java.nio.file.Path empty = java.nio.file.Files.createTempDirectory("paiban-messages");
        try {
            System.setProperty("paiban.settings", empty.toString());
            java.util.Locale.setDefault(java.util.Locale.CHINA);
            System.setProperty("paiban.lang", "zh");
            assertEquals(java.util.Locale.SIMPLIFIED_CHINESE, Messages.locale());
            System.setProperty("paiban.lang", "en");
            assertEquals(java.util.Locale.ENGLISH, Messages.locale());
            if (System.getenv("PAIBAN_LANG") == null) {
                System.clearProperty("paiban.lang");
                assertEquals(java.util.Locale.SIMPLIFIED_CHINESE, Messages.locale());
            }
        } finally {
            java.util.Locale.setDefault(oldDefault);
            if (oldLang == null) System.clearProperty("paiban.lang"); else System.setProperty("paiban.lang", oldLang);
            if (oldSettings == null) System.clearProperty("paiban.settings"); else System.setProperty("paiban.settings", oldSettings);
        }
    }

    @Test
    void fillsArguments() {
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
        assertEquals("超 12 字", Messages.get("canvas.overset", 12));
        Messages.use(java.util.Locale.ENGLISH);
        assertEquals("+12 chars over", Messages.get("canvas.overset", 12));
        Messages.use(java.util.Locale.SIMPLIFIED_CHINESE);
    }
}
