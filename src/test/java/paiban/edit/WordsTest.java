package paiban.edit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A double-click selects a word as the composer keeps it together (its character classes, not a table of its own). */
class WordsTest {
    @ParameterizedTest(name = "{0} at {1}")
    @CsvSource({
            "共１２００人, 2, 1, 5",           // full-width digits as typed: one number
            "ＡＢＣ新闻, 1, 0, 3",             // full-width letters: one word
            "'人口1,200万', 3, 2, 7",           // the comma of a number
            "e.g.说, 0, 0, 1",                // a point between letters ends the word
            "见Αθήνα报道, 2, 1, 6",            // Greek is a word like Latin
            "版面, 1, 1, 2",                   // one Han character
            "记者　林, 2, 2, 3",                // the ideographic space alone
    })
    void aWordIsWhatTheComposerKeepsTogether(String text, int offset, int start, int end) {
        assertArrayEquals(new int[] {start, end}, Words.at(text, offset));
    }

    /** A letter with a combining accent (e + U+0301) stays in its word, as the composer glues the mark to it. */
    @ParameterizedTest
    @CsvSource({"0", "3", "4"})
    void aCombiningMarkStaysWithItsWord(int offset) {
        String text = "cafe\u0301报";
        assertArrayEquals(new int[] {0, 5}, Words.at(text, offset));
    }
}
