package paiban.publish;

import static paiban.publish.Html.esc;

import java.util.ArrayList;
import java.util.List;

import paiban.layout.PageLayout;
import paiban.model.story.Paragraph;

/**
 * articles/SLUG.html: the headline stack, bylines, photos with captions and
 * the whole text in one piece (a jumped story too, with a note of the 版 it
 * runs on), then links to the previous and next article and back to its page.
 */
final class ArticleView {
    private ArticleView() {}

    static String html(Site site, Article a) {
        int index = site.articles().indexOf(a);
        PageLayout first = site.page(a.pageIds().get(0));
        StringBuilder sb = new StringBuilder(Html.head(a.title() + " — " + site.title(), "../"));
        sb.append("<header class=\"site\"><p><a href=\"../").append(SiteNames.INDEX).append("\">")
                .append(esc(site.title())).append("</a>　›　<a href=\"../").append(SiteNames.pageHtml(first)).append("\">")
                .append(esc(site.pageTitle(first))).append("</a></p></header>\n");
        sb.append("<main>\n<article>\n<header class=\"headline\">\n");
        boolean title = false;
        for (Paragraph p : a.headline()) {
            switch (ParagraphRole.of(a.styles(), p.style())) {
                case KICKER -> sb.append("<p class=\"kicker\">").append(esc(p.text())).append("</p>\n");
                case TITLE -> {
                    sb.append(title ? "<p class=\"title\">" : "<h1>").append(esc(p.text())).append(title ? "</p>\n" : "</h1>\n");
                    title = true;
                }
                default -> sb.append("<p class=\"subtitle\">").append(esc(p.text())).append("</p>\n");
            }
        }
        if (!title) sb.append("<h1>").append(esc(a.title())).append("</h1>\n");
        for (Paragraph p : a.body())
            if (ParagraphRole.of(a.styles(), p.style()) == ParagraphRole.BYLINE)
                sb.append("<p class=\"byline\">").append(esc(p.text())).append("</p>\n");
        if (a.pageIds().size() > 1) {
            List<String> names = new ArrayList<>();
            for (String id : a.pageIds()) names.add(site.page(id).name());
            sb.append("<p class=\"jump-note\">本文自").append(esc(names.get(0))).append("转至")
                    .append(esc(String.join("、", names.subList(1, names.size())))).append("，此处为全文。</p>\n");
        }
        sb.append("</header>\n");
        for (Article.Photo photo : a.photos()) {
            String src = site.media().get(photo.frameId());
            if (src == null) continue;
            sb.append("<figure class=\"photo\"><img src=\"../").append(esc(src)).append("\" alt=\"")
                    .append(esc(photo.caption().isBlank() ? "新闻图片" : photo.caption())).append("\">");
            if (!photo.caption().isBlank()) sb.append("<figcaption>").append(esc(photo.caption())).append("</figcaption>");
            sb.append("</figure>\n");
        }
        sb.append("<div class=\"text\">\n");
        for (Paragraph p : a.body()) {
            switch (ParagraphRole.of(a.styles(), p.style())) {
                case BYLINE -> { }
                case SUBHEAD, TITLE -> sb.append("<h2>").append(esc(p.text())).append("</h2>\n");
                case DATELINE -> sb.append("<p class=\"dateline\">").append(esc(p.text())).append("</p>\n");
                default -> { if (!p.text().isBlank()) sb.append("<p>").append(esc(p.text())).append("</p>\n"); }
            }
        }
        sb.append("</div>\n</article>\n<nav class=\"pager\" aria-label=\"翻篇\">\n");
        if (index > 0) {
            Article prev = site.articles().get(index - 1);
            sb.append("<a rel=\"prev\" href=\"").append(prev.slug()).append(".html\">上一篇：").append(esc(prev.title())).append("</a>\n");
        }
        for (String id : a.pageIds()) {
            PageLayout p = site.page(id);
            sb.append("<a href=\"../").append(SiteNames.pageHtml(p)).append("\">回到").append(esc(p.name())).append("</a>\n");
        }
        if (index < site.articles().size() - 1) {
            Article next = site.articles().get(index + 1);
            sb.append("<a rel=\"next\" href=\"").append(next.slug()).append(".html\">下一篇：").append(esc(next.title())).append("</a>\n");
        }
        sb.append("</nav>\n</main>\n").append(Footer.html("../"));
        return sb.append(Html.foot()).toString();
    }
}
