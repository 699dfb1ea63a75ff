package paiban.compose.jump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.Edition;
import paiban.model.EditionSettings;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageNaming;
import paiban.model.PageTemplate;
import paiban.model.style.DefaultStyles;

class JumpResolverTest {
    static Edition pages(int n, PageNaming naming) {
        List<Page> ps = new ArrayList<>();
        for (int i = 1; i <= n; i++) ps.add(new Page("p" + i, String.format("A%02d", i), "", "对开", List.of()));
        return new Edition("", LocalDate.of(2026, 4, 25), EditionSettings.defaults().withPageNaming(naming),
                List.of(PageTemplate.duikai()), DefaultStyles.forBody(9000), ps, List.of());
    }

    @ParameterizedTest
    @CsvSource({"1,一", "2,二", "9,九", "10,十", "11,十一", "12,十二", "19,十九", "20,二十", "21,二十一",
            "24,二十四", "30,三十", "47,四十七", "90,九十", "99,九十九"})
    void chineseNumerals(int n, String expected) {
        assertEquals(expected, PageNames.chineseNumeral(n));
    }

    @Test
    void everyPageNumberFrom1To99HasItsOwnWellFormedName() {
        String digits = "一二三四五六七八九";
        Set<String> seen = new HashSet<>();
        for (int n = 1; n <= 99; n++) {
            String s = PageNames.chineseNumeral(n);
            assertTrue(seen.add(s), "unique: " + s);
            int tens = n / 10, units = n % 10;
            String expected = (tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(digits.charAt(tens - 1))) + "十")
                    + (units == 0 ? "" : String.valueOf(digits.charAt(units - 1)));
            assertEquals(expected, s, "page " + n);
        }
    }

    @ParameterizedTest
    @CsvSource({"OUT,3,（下转第三版）", "IN,1,（上接第一版）", "OUT,12,（下转第十二版）", "IN,24,（上接第二十四版）",
            "OUT,99,（下转第九十九版）"})
    void jumpTextNamesThePageByNumber(JumpDirection d, int page, String expected) {
        Edition e = pages(99, PageNaming.CHINESE_NUMERAL);
        JumpLine line = new JumpLine("s", d, "p1", "p" + page, 0, 0, 0);
        assertEquals(expected, JumpResolver.text(line, e).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"OUT,3,（下转A3版）", "IN,12,（上接A12版）"})
    void jumpTextNamesThePageByLabel(JumpDirection d, int page, String expected) {
        Edition e = pages(20, PageNaming.LABEL);
        assertEquals(expected, JumpResolver.text(new JumpLine("s", d, "p1", "p" + page, 0, 0, 0), e).orElseThrow());
    }

    @Test
    void aJumpToAMissingPageStaysUnresolved() {
        Edition e = pages(3, PageNaming.CHINESE_NUMERAL);
        assertTrue(JumpResolver.text(new JumpLine("s", JumpDirection.OUT, "p1", "p9", 0, 0, 0), e).isEmpty());
    }

    @Test
    void trackerGroupsWaitingJumpsByThePageTheyName() {
        JumpTracker t = new JumpTracker();
        JumpLine a = new JumpLine("s", JumpDirection.OUT, "p1", "p3", 0, 0, 0);
        JumpLine b = new JumpLine("s", JumpDirection.IN, "p3", "p1", 0, 0, 0);
        JumpLine c = new JumpLine("t", JumpDirection.OUT, "p2", "p3", 0, 0, 0);
        t.register(a);
        t.register(b);
        t.register(c);
        assertEquals(List.of(a, c), t.waitingFor("p3"));
        assertEquals(List.of("p3", "p1"), t.referencedPages());
        assertEquals(3, t.all().size());
    }
}
