package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.style.DefaultStyles;

class PageNamesTest {

    @ParameterizedTest
    @CsvSource({"1,一", "3,三", "9,九", "10,十", "11,十一", "12,十二", "19,十九", "20,二十", "21,二十一",
            "24,二十四", "40,四十", "99,九十九", "100,一百", "105,一百零五", "110,一百一十", "120,一百二十", "999,九百九十九"})
    void chineseNumerals(int n, String expected) {
        assertEquals(expected, PageNames.chineseNumeral(n));
    }

    @Test
    void everyNumberFromOneTo99IsDistinctAndWellFormed() {
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int n = 1; n <= 99; n++) {
            String s = PageNames.chineseNumeral(n);
            assertEquals(true, seen.add(s), "duplicate " + s);
            assertEquals(false, s.contains("零"), s);
            assertEquals(false, s.startsWith("一十"), s);
        }
    }

    @ParameterizedTest
    @CsvSource({"A03,A3", "A10,A10", "B01,B1", "3,3", "03,3", "A0,A0", "T2,T2"})
    void labelsLoseLeadingZeros(String label, String expected) {
        assertEquals(expected, PageNames.shortLabel(label));
    }

    @Test
    void pagesAreNamedByPositionOrLabel() {
        List<Page> pages = new ArrayList<>();
        for (int i = 1; i <= 4; i++) pages.add(new Page("p" + i, String.format("A%02d", i), "要闻", "对开", List.of()));
        Edition e = new Edition("报", LocalDate.of(2026, 4, 25), EditionSettings.defaults(),
                List.of(PageTemplate.duikai()), DefaultStyles.forBody(9000), pages, List.of());
        assertEquals("第三版", PageNames.fullName(e, e.pages().get(2)));
        Edition moved = e.movePage(2, 3);
        assertEquals("第四版", PageNames.fullName(moved, moved.page("p3").orElseThrow()));
        Edition labelled = moved.withSettings(moved.settings().withPageNaming(PageNaming.LABEL));
        // A01…A04 count with the pages: the page moved to fourth place is A04 now
        assertEquals("A4版", PageNames.fullName(labelled, labelled.page("p3").orElseThrow()));
        Edition byHand = labelled.withPage(labelled.page("p3").orElseThrow().withLabel("T2"));
        assertEquals("T2版", PageNames.fullName(byHand, byHand.page("p3").orElseThrow()));
    }
}
