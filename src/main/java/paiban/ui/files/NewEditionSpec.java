package paiban.ui.files;

import java.time.LocalDate;

import paiban.model.PageTemplate;

/**
 * What the 新建 dialog asks: the paper's name, the issue date, the page
 * template (对开 or 四开 preset) and how many pages to start with.
 */
public record NewEditionSpec(String name, LocalDate date, PageTemplate template, int pages) {
    public static final int MAX_PAGES = 64;

    public NewEditionSpec {
        if (name == null) name = "";
        if (date == null) throw new IllegalArgumentException("a new edition needs a date");
        if (template == null) throw new IllegalArgumentException("a new edition needs a page template");
        if (pages < 1 || pages > MAX_PAGES) throw new IllegalArgumentException("pages must be 1.." + MAX_PAGES + ", was " + pages);
    }
}
