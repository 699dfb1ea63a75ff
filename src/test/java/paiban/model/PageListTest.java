package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one page-list reader, for `export --pages` and the export dialog alike. */
class PageListTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|1", "1,3|1 3", "3,1,3|1 3", "2-5|2 3 4 5", "1, 3 ,5-6|1 3 5 6", " 8 |8", "1-8|1 2 3 4 5 6 7 8", "2 - 3|2 3"})
    void readsPageNumbers(String text, String expected) {
        List<Integer> want = Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertEquals(want, PageList.parse(text, 8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
            "\"\"|NOTHING||1|0",
            "\"  \"|NOTHING||1|0",
            "1,,3|EMPTY_ENTRY||3|0",
            "1,|EMPTY_ENTRY||3|0",
            ",2|EMPTY_ENTRY||1|0",
            "1,  x3|NOT_A_NUMBER|x3|5|0",
            "1，3|NOT_A_NUMBER|1，3|1|0",
            "1.5|NOT_A_NUMBER|1.5|1|0",
            "99999|NOT_A_NUMBER|99999|1|0",
            "2,5-2|BACKWARDS|5-2|3|0",
            "0|NO_SUCH_PAGE|0|1|0",
            "1, 9|NO_SUCH_PAGE|9|4|9",
            "2-12|NO_SUCH_PAGE|2-12|1|12"})
    void refusesWithTheEntryAndWhereItStarts(String text, PageList.Problem.Kind kind, String entry, int column, int page) {
        PageList.Problem p = assertThrows(PageList.Problem.class, () -> PageList.parse(text, 8));
        assertEquals(kind, p.kind());
        assertEquals(entry == null ? "" : entry, p.entry());
        assertEquals(column, p.column());
        if (kind == PageList.Problem.Kind.NO_SUCH_PAGE) assertEquals(page, p.page());
        assertEquals(8, p.pageCount());
    }
}
