package paiban.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.unit.Units;

/** Option values as the desk writes them (SPEC §10). */
class ValuesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1         | 1",
            "1,3       | 1 3",
            "3,1,3     | 1 3",
            "2-4       | 2 3 4",
            "1, 5-6 ,8 | 1 5 6 8",
    })
    void pageLists(String list, String expected) {
        List<Integer> want = Arrays.stream(expected.trim().split(" ")).map(Integer::valueOf).toList();
        assertEquals(want, Values.pages("--pages", list, 8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1,,3 | --pages: empty entry in 1,,3 (at character 3)",
            "1,x3 | --pages: not a page number or range: x3 (at character 3)",
            "1，3 | --pages: not a page number or range: 1，3 (at character 1)"})
    void pageListsRefusedWithWhere(String list, String message) {
        UsageException e = org.junit.jupiter.api.Assertions.assertThrows(UsageException.class,
                () -> Values.pages("--pages", list, 8));
        assertEquals(message, e.getMessage());
    }

    @ParameterizedTest
    @CsvSource({"430x580, 430, 580", "390×545, 390, 545", "270X390, 270, 390", "210.5x297mm, 210.5, 297"})
    void pageSizesInMillimetres(String v, double w, double h) {
        assertArrayEquals(new int[] {Units.mm(w), Units.mm(h)}, Values.pageSize("--page", v));
    }

    @ParameterizedTest
    @CsvSource({"9, 9000", "10.5, 10500", "五号, 10500", "小五, 9000", "9pt, 9000"})
    void sizesInPointsOrHao(String v, int mpt) {
        assertEquals(mpt, Values.size("--size", v));
    }

    @ParameterizedTest
    @CsvSource({"20, 20", "5mm, 5", "0, 0", "2.5, 2.5"})
    void millimetres(String v, double mm) {
        assertEquals(Units.mm(mm), Values.mm("--margin", v));
    }
}
