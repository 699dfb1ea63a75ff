package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import paiban.model.style.DefaultStyles;

/** Printed page numbers and the names jump lines use, as data: settings, pages, the names in page order. */
class PageNumbersTest {

    /**
     * @param pages each page as section/number/label ("A/0/" counts on in section A with no label of its own)
     */
    @ParameterizedTest(name = "first {0}, by section {1}, {2}, {3}: {4}")
    @CsvSource(delimiter = ';', value = {
            "1; false; CHINESE_NUMERAL; 要闻/0/ 要闻/0/ 要闻/0/; 第一版 第二版 第三版",
            "5; false; CHINESE_NUMERAL; 要闻/0/ 要闻/0/ 要闻/0/; 第五版 第六版 第七版",
            "1; false; CHINESE_NUMERAL; 要闻/0/ 要闻/3/ 要闻/0/; 第一版 第三版 第四版",
            "5; false; CHINESE_NUMERAL; 要闻/0/ 要闻/12/ 要闻/0/; 第五版 第十二版 第十三版",
            "1; false; LABEL; 要闻/0/01 要闻/3/03 要闻/0/04; 1版 3版 4版",
            "1; false; LABEL; 要闻/0/ 要闻/0/T2; 第一版 T2版",
            "1; true; LABEL; A/0/ A/0/ B/0/ B/0/ B/0/; A1版 A2版 B1版 B2版 B3版",
            "1; true; LABEL; A/0/ A/0/ B/5/ B/0/; A1版 A2版 B5版 B6版",
            "1; true; LABEL; A/0/ B/0/ A/0/; A1版 B1版 A2版",
            "1; true; CHINESE_NUMERAL; A/0/ A/0/ B/0/; A第一版 A第二版 B第一版",
            "1; true; LABEL; A/0/ A/0/T2; A1版 T2版",
    })
    void pagesAreNumberedAndNamedAsTheSettingsSay(int first, boolean bySection, PageNaming naming, String pages,
                                                  String names) {
        Edition e = edition(new EditionSettings(naming, 240, 0, first, bySection), pages.split(" "));
        List<String> got = new ArrayList<>();
        for (Page p : e.pages()) got.add(PageNames.fullName(e, p));
        assertEquals(Arrays.asList(names.split(" ")), got);
    }

    @Test
    void sectionLabelsCountWithTheirSection() {
        Edition e = edition(new EditionSettings(PageNaming.LABEL, 240, 0, 1, true), "A/0/ B/0/ A/0/ B/0/".split(" "));
        PageNumbers n = PageNumbers.of(e);
        assertEquals(List.of("A01", "B01", "A02", "B02"), e.pages().stream().map(p -> n.label(p.id())).toList());
        assertEquals(List.of(1, 1, 2, 2), e.pages().stream().map(p -> n.number(p.id())).toList());
        // a moved page renumbers: B02 ahead of B01 becomes B01
        Edition moved = e.movePage(3, 1);
        PageNumbers m = PageNumbers.of(moved);
        assertEquals("B01", m.label("p4"));
        assertEquals("B02", m.label("p2"));
    }

    @Test
    void numbersOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> EditionSettings.defaults().withNumbering(0, false));
        assertThrows(IllegalArgumentException.class, () -> new Page("p", "", "", "对开", List.of(), -1));
    }

    static Edition edition(EditionSettings settings, String[] pages) {
        List<Page> list = new ArrayList<>();
        for (int i = 0; i < pages.length; i++) {
            String[] f = pages[i].split("/", -1);
            list.add(new Page("p" + (i + 1), f[2], f[0], "对开", List.of(), Integer.parseInt(f[1])));
        }
        return new Edition("报", LocalDate.of(2026, 4, 25), settings, List.of(PageTemplate.duikai()),
                DefaultStyles.forBody(9000), list, List.of());
    }
}
