package paiban.compose.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.compose.copyfit.Copyfit;
import paiban.layout.StoryFit;

class CopyfitTest {
    @ParameterizedTest
    @CsvSource({"12,0,超 12 字", "0,3,空 3 行", "0,0,正好", "5,2,超 5 字"})
    void describesTheFitTheDesksWay(int over, int left, String expected) {
        assertEquals(expected, Copyfit.describe(new StoryFit("s", 100, 100 - over, over, 10, left)));
    }
}
