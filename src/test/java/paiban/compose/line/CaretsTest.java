package paiban.compose.line;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static paiban.compose.line.Compose.SIZE;

import org.junit.jupiter.api.Test;

import paiban.model.style.Alignment;
import paiban.model.style.ProhibitionLevel;

class CaretsTest {
    private static ComposedLine left(String text) {
        return Compose.lines(text, 30, Compose.style(0, Alignment.LEFT, ProhibitionLevel.STRICT)).get(0);
    }

    @Test
    void caretsSitAtBoxEdgesEvenBeforeCompressedBrackets() {
        ComposedLine l = left("中《「文」》");
        assertEquals(0, Carets.caretX(l, 0));
        assertEquals(SIZE, Carets.caretX(l, 1));
        assertEquals(2 * SIZE, Carets.caretX(l, 2), "「 lost its left blank but its box starts after 《");
        assertEquals(2 * SIZE + SIZE / 2, Carets.caretX(l, 3));
        assertEquals(l.contentEnd(), Carets.caretX(l, l.end()));
    }

    @Test
    void clicksMapToTheNearestCaret() {
        ComposedLine l = left("中《「文」》");
        assertEquals(0, Carets.indexAt(l, -500));
        assertEquals(1, Carets.indexAt(l, SIZE - 100));
        assertEquals(2, Carets.indexAt(l, 2 * SIZE + 100));
        assertEquals(3, Carets.indexAt(l, 2 * SIZE + SIZE / 2 + 200));
        assertEquals(l.end(), Carets.indexAt(l, 100 * SIZE));
    }

    @Test
    void indexOffTheLineIsRejected() {
        ComposedLine l = left("中文");
        assertThrows(IllegalArgumentException.class, () -> Carets.caretX(l, 5));
    }
}
