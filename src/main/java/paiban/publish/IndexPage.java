package paiban.publish;

import static paiban.publish.Html.esc;

import paiban.layout.PageLayout;
import paiban.model.Page;

/** index.html: the edition's name and date, its 版 with thumbnails, and every article by page. */
final class IndexPage {
    private IndexPage() {}

    static String html(Site site) {
        StringBuilder sb = new StringBuilder(Html.head(site.title(), ""));
        sb.append("<header class=\"site\">\n<h1>").append(esc(site.edition().name())).append("</h1>\n");
        if (site.edition().date() != null)
            sb.append("<p><time datetime=\"").append(site.edition().date()).append("\">")
                    .append(esc(SiteNames.longDate(site.edition().date()))).append("</time></p>\n");
        sb.append("</header>\n<main>\n<section aria-labelledby=\"pages-h\">\n<h2 id=\"pages-h\">版面</h2>\n<ol class=\"pages\">\n");
        for (PageLayout p : site.pages()) {
            Page m = site.model(p);
            Site.PictureSizes s = site.sizes().get(p.pageId());
            sb.append("<li><a href=\"").append(SiteNames.pageHtml(p)).append("\">")
                    .append("<img src=\"").append(SiteNames.thumbnail(p)).append("\" width=\"").append(s.thumbWidth())
                    .append("\" height=\"").append(s.thumbHeight()).append("\" alt=\"\">")
                    .append("<span class=\"name\">").append(esc(p.name())).append("</span>");
            if (!m.label().isBlank()) sb.append("<span class=\"label\">").append(esc(m.label())).append("</span>");
            if (!m.section().isBlank()) sb.append("<span class=\"section\">").append(esc(m.section())).append("</span>");
            sb.append("</a></li>\n");
        }
        sb.append("</ol>\n</section>\n<section aria-labelledby=\"articles-h\">\n<h2 id=\"articles-h\">本期文章</h2>\n");
        for (PageLayout p : site.pages()) {
            PageZones z = site.zones().get(p.pageId());
            if (z.zones().isEmpty()) continue;
            sb.append("<h3>").append(esc(site.pageTitle(p))).append("</h3>\n<ul class=\"articles\">\n");
            for (PageZones.Zone zone : z.zones()) {
                Article a = zone.article();
                boolean continued = !a.pageIds().get(0).equals(p.pageId());
                sb.append("<li><a href=\"").append(SiteNames.articleHtml(a)).append("\">").append(esc(a.title()))
                        .append("</a>").append(continued ? "<span class=\"note\">（转版）</span>" : "").append("</li>\n");
            }
            sb.append("</ul>\n");
        }
        sb.append("</section>\n</main>\n");
        sb.append(Footer.html(""));
        return sb.append(Html.foot()).toString();
    }
}
