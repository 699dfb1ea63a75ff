package paiban.publish;

import java.util.List;
import java.util.Map;

import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;

/**
 * Everything the site's files are written from: the edition, its composed
 * pages, the articles and their zones, and the files already made (page
 * pictures, copied photos).
 *
 * @param media   photo frame id → the copied photo's path in the site
 * @param sizes   page id → pixel sizes of its pictures
 */
record Site(Edition edition, List<PageLayout> pages, List<Article> articles, Map<String, PageZones> zones,
            Map<String, String> media, Map<String, PictureSizes> sizes) {

    /** Pixel sizes of a page's reading picture and thumbnail. */
    record PictureSizes(int width, int height, int thumbWidth, int thumbHeight) {}

    String title() {
        String date = SiteNames.longDate(edition.date());
        return date.isEmpty() ? edition.name() : edition.name() + "　" + date;
    }

    Page model(PageLayout page) {
        return edition.page(page.pageId()).orElseThrow();
    }

    PageLayout page(String pageId) {
        for (PageLayout p : pages) if (p.pageId().equals(pageId)) return p;
        return null;
    }

    /** "第一版 · 要闻" */
    String pageTitle(PageLayout page) {
        String section = model(page).section();
        return section.isBlank() ? page.name() : page.name() + " · " + section;
    }
}
