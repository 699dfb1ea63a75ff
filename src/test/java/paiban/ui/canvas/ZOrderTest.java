package paiban.ui.canvas;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ZOrderTest {
    private static List<String> letters(String s) { return s.chars().mapToObj(c -> String.valueOf((char) c)).toList(); }

    @ParameterizedTest(name = "{0} with {1} by {2} → {3}")
    @CsvSource({
            // order back to front, selected, steps, expected
            "abcde, b,   1,   acbde",
            "abcde, b,   -1,  bacde",
            "abcde, bc,  1,   adbce",
            "abcde, bd,  1,   acbed",
            "abcde, bd,  -1,  badce",
            "abcde, ab,  -1,  abcde",
            "abcde, de,  1,   abcde",
            "abcde, ac,  99,  bdeac",
            "abcde, ce,  -99, ceabd",
            "abcde, e,   2,   abcde",
    })
    void restackingKeepsTheSelectedInTheirOwnOrder(String order, String selected, int steps, String expected) {
        assertEquals(letters(expected), ZOrder.restacked(letters(order), letters(selected), steps));
    }
}
