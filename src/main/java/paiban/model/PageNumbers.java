package paiban.model;

import java.util.HashMap;
import java.util.Map;

/**
 * The numbers the paper prints on its pages, which need not be their
 * positions: the edition starts at {@link EditionSettings#firstPageNumber}
 * (an edition of pages 5–8), a page may carry its own {@link Page#number}
 * from which the pages after it count on (a page 3 without a page 2), and
 * with {@link EditionSettings#sectionNumbering} every section (a 叠: A, B)
 * counts its own pages from 1, its pages labelled A01, A02, B01 … unless a
 * label is set by hand. Moving a page renumbers it, as before.
 */
public final class PageNumbers {
    private final Map<String, Integer> numbers = new HashMap<>();
    private final Map<String, String> labels = new HashMap<>();

    private PageNumbers(Edition edition) {
        EditionSettings s = edition.settings();
        Map<String, Integer> next = new HashMap<>();
        for (Page p : edition.pages()) {
            String run = s.sectionNumbering() ? p.section() : "";
            int n = p.number() > 0 ? p.number() : next.getOrDefault(run, s.sectionNumbering() ? 1 : s.firstPageNumber());
            next.put(run, n + 1);
            numbers.put(p.id(), n);
            String label = p.label();
            if (label.isBlank() && s.sectionNumbering()) label = p.section() + String.format("%02d", n);
            labels.put(p.id(), label);
        }
    }

    public static PageNumbers of(Edition edition) {
        return new PageNumbers(edition);
    }

    /** The printed number of a page of the edition; 0 when it is not in it. */
    public int number(String pageId) {
        return numbers.getOrDefault(pageId, 0);
    }

    /** The page's label: its own, or with section numbering the section and number (B03); "" if neither. */
    public String label(String pageId) {
        return labels.getOrDefault(pageId, "");
    }
}
