package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The language extension sets the texts' language for each test and puts back what was there. */
@InLanguage("en")
class InLanguageTest {
    private static Messages.Scope outer;

    @BeforeAll
    static void chineseAround() {
        outer = Messages.inLanguage(InterfaceLanguage.CHINESE);
    }

    @AfterAll
    static void checkRestored() {
        assertEquals(InterfaceLanguage.CHINESE, Messages.current(), "the extension put Chinese back after each test");
        outer.close();
    }

    @Test
    void theClassLanguageHolds() {
        assertEquals(InterfaceLanguage.ENGLISH, Messages.current());
        assertEquals("Undo", Messages.get("menu.edit.undo"));
    }

    @Test
    @InLanguage("zh")
    void aTestMaySayOtherwise() {
        assertEquals(InterfaceLanguage.CHINESE, Messages.current());
    }
}
