package paiban.font;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The characters the composer sets blank at zero width, read from the BMP table or, beyond it, by rule. */
class InvisibleCharactersTest {
    @Test
    void formatCharactersControlsAndSeparatorsAreInvisible() {
        int[] invisible = {0x00, 0x0A, 0x0D, 0x1F, 0x7F, 0x85, 0x9F, 0x00AD, 0x034F, 0x061C, 0x180E, 0x200B, 0x200D,
                0x200F, 0x2028, 0x2029, 0x202E, 0x2060, 0x2066, 0xFE00, 0xFE0F, 0xFEFF, 0xFFF0, 0xFFF9, 0xFFFB, 0x110BD,
                0x1D173, 0xE0001, 0xE0100, 0xE01EF, -1};
        for (int cp : invisible) assertTrue(InvisibleCharacters.isInvisible(cp), Integer.toHexString(cp));
    }

    @Test
    void textPunctuationAndSpacesShow() {
        // the tab and the spaces are spaces (they take room); punctuation such as ，“”—… is drawn
        int[] visible = {'\t', ' ', 'A', '5', '中', '，', '。', '“', '”', '—', '…', '·', 0x00A0, 0x2002, 0x3000, 0xFF0C,
                0xFF01, 0xFFE5, 0x20BB7, 0x1F600, 0x10000};
        for (int cp : visible) assertFalse(InvisibleCharacters.isInvisible(cp), Integer.toHexString(cp));
    }

    @Test
    void onlySeparatorsAndLineEndsBreakTheLine() {
        assertTrue(InvisibleCharacters.breaksLineAfter(0x2028, 'a'));
        assertTrue(InvisibleCharacters.breaksLineAfter('\r', 'a'));
        assertFalse(InvisibleCharacters.breaksLineAfter('\r', '\n'), "CR before LF: the LF ends the line");
        assertFalse(InvisibleCharacters.breaksLineAfter(0x200B, 'a'));
    }
}
