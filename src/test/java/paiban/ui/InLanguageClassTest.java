package paiban.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** On a class the language holds already in its @BeforeAll (and a TestFX @Start), where windows are built. */
@InLanguage("en")
class InLanguageClassTest {
    private static Locale inBeforeAll;
    private static String textInBeforeAll;

    @BeforeAll
    static void buildSomething() {
        inBeforeAll = Messages.current();
        textInBeforeAll = Messages.get("menu.edit.undo");
    }

    @Test
    void theClassLanguageHeldBeforeTheTests() {
        assertEquals(InterfaceLanguage.ENGLISH, inBeforeAll);
        assertEquals("Undo", textInBeforeAll);
    }

    @Test
    void aSwitchInOneTestDoesNotLeakIntoTheNext() {
        // run in either order: each test starts in the class language even if the other switched
        assertEquals(InterfaceLanguage.ENGLISH, Messages.current());
        Messages.use(InterfaceLanguage.CHINESE);
    }

    @Test
    void andTheOtherOrder() {
        assertEquals(InterfaceLanguage.ENGLISH, Messages.current());
        Messages.use(InterfaceLanguage.CHINESE);
    }
}
