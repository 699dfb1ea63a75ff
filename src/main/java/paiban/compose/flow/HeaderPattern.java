package paiban.compose.flow;

import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageNumbers;

/** Fills a running header's fields for one page: {number} {label} {name} {section} {date} {edition}. */
public final class HeaderPattern {
    private HeaderPattern() {}

    public static String fill(String pattern, Edition edition, Page page) {
        PageNumbers numbers = PageNumbers.of(edition);
        int number = numbers.number(page.id());
        String date = edition.date() == null ? ""
                : edition.date().getYear() + "年" + edition.date().getMonthValue() + "月" + edition.date().getDayOfMonth() + "日";
        return pattern.replace("{number}", String.format("%02d", number))
                .replace("{label}", numbers.label(page.id()))
                .replace("{name}", PageNames.fullName(edition, page))
                .replace("{section}", page.section())
                .replace("{date}", date)
                .replace("{edition}", edition.name());
    }
}
