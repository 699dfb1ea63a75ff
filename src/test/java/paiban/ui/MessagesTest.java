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
    void chineseIsTheDefault() {
        String old = System.getProperty("paiban.lang");
        System.clearProperty("paiban.lang");
        try {
            if (System.getenv("PAIBAN_LANG") == null) assertEquals(java.util.Locale.SIMPLIFIED_CHINESE, Messages.locale());
            System.setProperty("paiban.lang", "en");
            assertEquals(java.util.Locale.ENGLISH, Messages.locale());
        } finally {
            if (old == null) System.clearProperty("paiban.lang"); else System.setProperty("paiban.lang", old);
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
