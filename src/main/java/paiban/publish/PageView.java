package paiban.publish;

import static paiban.publish.Html.esc;

import java.util.List;

import paiban.layout.PageLayout;
import paiban.model.Rect;

/**
 * pages/NN.html: the page picture under an SVG of the same proportions whose
 * article zones are links (hover or focus shows them); jump lines link to
 * the page they name; beneath, the page's articles as a list, for readers
 * who cannot point.
 */
final class PageView {
    private PageView() {}

    static String html(Site site, PageLayout page) {
        int index = site.pages().indexOf(page);
        PageZones zones = site.zones().get(page.pageId());
        Site.PictureSizes size = site.sizes().get(page.pageId());
        String title = site.pageTitle(page);
        StringBuilder sb = new StringBuilder(Html.head(title + " — " + site.title(), "../"));
        sb.append("<header class=\"site\"><p><a href=\"../").append(SiteNames.INDEX).append("\">")
                .append(esc(site.title())).append("</a></p></header>\n");
        sb.append("<main class=\"page\">\n<h1>").append(esc(title)).append("</h1>\n");
        sb.append(pager(site, index));
        sb.append("<div class=\"sheet-and-list\">\n<figure class=\"sheet\">\n<img src=\"../").append(SiteNames.pageImage(page))
                .append("\" width=\"").append(size.width()).append("\" height=\"").append(size.height())
                .append("\" alt=\"").append(esc(title)).append(" 版面图\">\n");
        String w = Html.pt(page.width()), h = Html.pt(page.height());
        sb.append("<svg viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" preserveAspectRatio=\"none\" xmlns=\"http://www.w3.org/2000/svg\" role=\"group\" aria-label=\"本版文章区域\">\n");
        for (PageZones.Zone z : zones.zones()) {
            Article a = z.article();
            sb.append("<a class=\"zone\" href=\"../").append(SiteNames.articleHtml(a)).append("\" data-article=\"")
                    .append(esc(a.id())).append("\" aria-label=\"").append(esc(a.title())).append("\"><title>")
                    .append(esc(a.title())).append("</title><path fill-rule=\"evenodd\" d=\"").append(path(z.outline()))
                    .append("\"/></a>\n");
        }
        for (PageZones.JumpLink j : zones.jumps()) {
            PageLayout target = site.page(j.targetPageId());
            Rect r = j.area();
            String label = j.text().replace("（", "").replace("）", "");
            sb.append("<a class=\"jump\" href=\"").append(SiteNames.pageHtml(target).substring("pages/".length()))
                    .append("\" aria-label=\"").append(esc(label)).append("\"><title>").append(esc(label))
                    .append("</title><rect x=\"").append(Html.pt(r.x())).append("\" y=\"").append(Html.pt(r.y()))
                    .append("\" width=\"").append(Html.pt(r.width())).append("\" height=\"").append(Html.pt(r.height()))
                    .append("\"/></a>\n");
        }
        sb.append("</svg>\n</figure>\n");
        sb.append("<nav class=\"on-page\" aria-labelledby=\"list-h\">\n<h2 id=\"list-h\">本版文章</h2>\n");
        if (zones.zones().isEmpty()) sb.append("<p>本版没有文章（广告版）。</p>\n");
        else {
            sb.append("<ol>\n");
            for (PageZones.Zone z : zones.zones()) {
                Article a = z.article();
                sb.append("<li><a href=\"../").append(SiteNames.articleHtml(a)).append("\">").append(esc(a.title())).append("</a>");
                List<String> pages = a.pageIds();
                if (pages.size() > 1) {
                    boolean first = pages.get(0).equals(page.pageId());
                    PageLayout other = site.page(pages.get(first ? 1 : pages.indexOf(page.pageId()) - 1));
                    sb.append("<span class=\"note\">（").append(first ? "下转" : "上接").append(esc(other.name())).append("）</span>");
                }
                sb.append("</li>\n");
            }
            sb.append("</ol>\n");
        }
        sb.append("<p class=\"alto\"><a href=\"../").append(SiteNames.alto(page)).append("\">本版 ALTO XML</a></p>\n");
        sb.append("</nav>\n</div>\n</main>\n").append(Footer.html("../"));
        return sb.append(Html.foot()).toString();
    }

    private static String pager(Site site, int index) {
        StringBuilder sb = new StringBuilder("<nav class=\"pager\" aria-label=\"翻版\">\n");
        if (index > 0) {
            PageLayout p = site.pages().get(index - 1);
            sb.append("<a rel=\"prev\" href=\"").append(SiteNames.number(p)).append(".html\">上一版：").append(esc(p.name())).append("</a>\n");
        }
        sb.append("<a href=\"../").append(SiteNames.INDEX).append("\">目录</a>\n");
        if (index < site.pages().size() - 1) {
            PageLayout p = site.pages().get(index + 1);
            sb.append("<a rel=\"next\" href=\"").append(SiteNames.number(p)).append(".html\">下一版：").append(esc(p.name())).append("</a>\n");
        }
        return sb.append("</nav>\n").toString();
    }

    /** SVG path data of the outline, in points. */
    static String path(List<List<ZoneOutline.Point>> outline) {
        StringBuilder sb = new StringBuilder();
        for (List<ZoneOutline.Point> ring : outline) {
            for (int i = 0; i < ring.size(); i++) {
                ZoneOutline.Point p = ring.get(i);
                sb.append(i == 0 ? "M" : "L").append(Html.pt(p.x())).append(' ').append(Html.pt(p.y()));
            }
            sb.append('Z');
        }
        return sb.toString();
    }
}
