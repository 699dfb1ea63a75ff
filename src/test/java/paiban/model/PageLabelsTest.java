package paiban.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLabelsTest {
    /** Pages p1, p2 … labelled by the space-separated labels ("-" for none). */
    private static List<Page> pages(String labels) {
        List<Page> out = new ArrayList<>();
        String[] ls = labels.split(" ");
        for (int i = 0; i < ls.length; i++) out.add(new Page("p" + (i + 1), ls[i].equals("-") ? "" : ls[i], "", "对开", List.of()));
        return out;
    }

    private static String labels(List<Page> pages) {
        return String.join(" ", pages.stream().map(p -> p.id() + "=" + (p.label().isEmpty() ? "-" : p.label())).toList());
    }

    private static List<Page> moved(List<Page> pages, int from, int to) {
        List<Page> list = new ArrayList<>(pages);
        list.add(to, list.remove(from));
        return list;
    }

    @ParameterizedTest(name = "{0}: page {1} to {2}")
    @CsvSource({
            // the paper's numbering counts again in the new order
            "01 02 03, 2, 1, p1=01 p3=02 p2=03",
            "A01 A02 A03 B01 B02, 0, 2, p2=A01 p3=A02 p1=A03 p4=B01 p5=B02",
            "A05 A06 A07, 2, 0, p3=A05 p1=A06 p2=A07",
            "1 2 3, 0, 2, p2=1 p3=2 p1=3",
            // labels set by hand out of order stay
            "01 05 03, 2, 1, p1=01 p3=03 p2=05",
            "头版 要闻 体育, 2, 0, p3=体育 p1=头版 p2=要闻",
            // unlabelled pages stay unlabelled; the others count on
            "01 - 02, 2, 0, p3=01 p1=02 p2=-"})
    void movingAPageCountsItsRunAgain(String before, int from, int to, String expected) {
        List<Page> b = pages(before);
        assertEquals(expected, labels(PageLabels.follow(b, moved(b, from, to))));
    }

    @ParameterizedTest(name = "{0}: a page at {1}")
    @CsvSource({
            "01 02 03, 1, p1=01 new=02 p2=03 p3=04",
            "01 02 03, 0, new=01 p1=02 p2=03 p3=04",
            "A01 A02 B01, 3, p1=A01 p2=A02 p3=B01 new=B02",
            "A01 A02 B01, 2, p1=A01 p2=A02 new=A03 p3=B01",
            "头版 要闻, 1, p1=头版 new=- p2=要闻"})
    void aNewPageJoinsTheRunBeforeIt(String before, int at, String expected) {
        List<Page> b = pages(before);
        List<Page> after = new ArrayList<>(b);
        after.add(at, new Page("new", "", "", "对开", List.of()));
        assertEquals(expected, labels(PageLabels.follow(b, after)));
    }

    @ParameterizedTest(name = "{0} without page {1}")
    @CsvSource({"01 02 03 04, 1, p1=01 p3=02 p4=03", "01 03 04, 0, p2=03 p3=04"})
    void aDeletedPageClosesTheGap(String before, int at, String expected) {
        List<Page> b = pages(before);
        List<Page> after = new ArrayList<>(b);
        after.remove(at);
        assertEquals(expected, labels(PageLabels.follow(b, after)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"01 02 03 04 05", "A01 A02 B01 B02 B03", "01 07 03 - 09"})
    void everyMoveIsUndoneByTheMoveBack(String labels) {
        List<Page> start = pages(labels);
        for (int from = 0; from < start.size(); from++) {
            for (int to = 0; to < start.size(); to++) {
                List<Page> there = PageLabels.follow(start, moved(start, from, to));
                assertEquals(start, PageLabels.follow(there, moved(there, to, from)), from + " → " + to + " and back");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"A03, A, 3, 2", "03, '', 3, 2", "12, '', 12, 2", "B1, B, 1, 1"})
    void labelsSplitIntoPrefixAndNumber(String label, String prefix, int number, int width) {
        assertEquals(new PageLabels.Parsed(prefix, number, width), PageLabels.Parsed.of(label));
        assertEquals(label, PageLabels.Parsed.of(label).label(number));
    }

}
