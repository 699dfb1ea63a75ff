package paiban.ui.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import paiban.ui.InLanguage;

@InLanguage("zh")
class PageSelectionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "1|1", "1,3|1 3", "3,1,3|1 3", "2-5|2 3 4 5", "1, 3 ,5-6|1 3 5 6", "8|8", "1-8|1 2 3 4 5 6 7 8"})
    void readsPageNumbers(String text, String expected) {
        List<Integer> want = Arrays.stream(expected.split(" ")).map(Integer::valueOf).toList();
        assertEquals(want, PageSelection.parse(text, 8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "''|无法识别", "a|“a”", "1,x3|“x3”", "5-2|“5-2”", "0|没有第 0 版", "9|没有第 9 版：这份报纸共 8 版", "2-12|没有第 12 版", "1.5|“1.5”",
            // one reader with the command line: full-width commas and empty entries are refused, saying where
            "1，3|“1，3”", "1,,3|第 3 个字符处少了版号"})
    void saysWhatIsWrong(String text, String expected) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PageSelection.parse(text, 8));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }
}
