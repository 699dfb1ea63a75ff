package paiban.publish;

import java.time.LocalDate;

import paiban.layout.PageLayout;

/** Where each file of the published site lives, relative to the site's folder. */
final class SiteNames {
    static final String INDEX = "index.html";
    static final String STYLE = "style.css";
    static final String MANIFEST = "manifest.json";

    private SiteNames() {}

    static String number(PageLayout page) {
        return String.format("%02d", page.number());
    }

    static String pageHtml(PageLayout page) { return "pages/" + number(page) + ".html"; }

    static String pageImage(PageLayout page) { return "images/" + number(page) + ".jpg"; }

    static String thumbnail(PageLayout page) { return "images/" + number(page) + "-thumb.jpg"; }

    static String alto(PageLayout page) { return "alto/" + number(page) + ".xml"; }

    static String articleHtml(Article a) { return "articles/" + a.slug() + ".html"; }

    /** 2026年4月25日 星期六 */
    static String longDate(LocalDate date) {
        if (date == null) return "";
        String week = "一二三四五六日".substring(date.getDayOfWeek().getValue() - 1, date.getDayOfWeek().getValue());
        return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日　星期" + week;
    }
}
