package paiban.publish;

import java.math.BigDecimal;
import java.util.List;

import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import paiban.layout.PageLayout;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.story.Paragraph;

/**
 * manifest.json: the site as data for the paper's own apps (docs/publish.md).
 * Lengths are points from the trimmed page's top-left corner, y down.
 */
final class Manifest {
    static final String FORMAT = "paiban-digital-edition";
    static final int VERSION = 1;
    private static final ObjectMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN).build();

    private Manifest() {}

    static String json(Site site) throws java.io.IOException {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("edition", site.edition().name());
        if (site.edition().date() != null) root.put("date", site.edition().date().toString());
        root.put("units", "pt");
        ArrayNode pages = root.putArray("pages");
        for (PageLayout p : site.pages()) pages.add(page(site, p));
        ArrayNode articles = root.putArray("articles");
        for (Article a : site.articles()) articles.add(article(site, a));
        return JSON.writeValueAsString(root) + "\n";
    }

    private static ObjectNode page(Site site, PageLayout p) {
        Page m = site.model(p);
        Site.PictureSizes size = site.sizes().get(p.pageId());
        ObjectNode n = JSON.createObjectNode();
        n.put("id", p.pageId());
        n.put("number", p.number());
        n.put("name", p.name());
        n.put("label", m.label());
        n.put("section", m.section());
        n.put("width", pt(p.width()));
        n.put("height", pt(p.height()));
        n.put("html", SiteNames.pageHtml(p));
        n.put("alto", SiteNames.alto(p));
        ObjectNode images = n.putObject("images");
        images.set("reading", image(SiteNames.pageImage(p), size.width(), size.height()));
        images.set("thumbnail", image(SiteNames.thumbnail(p), size.thumbWidth(), size.thumbHeight()));
        ArrayNode zones = n.putArray("zones");
        PageZones pz = site.zones().get(p.pageId());
        for (PageZones.Zone z : pz.zones()) {
            ObjectNode zn = zones.addObject();
            zn.put("article", z.article().id());
            ArrayNode frames = zn.putArray("frames");
            for (Article.PlacedFrame f : z.article().placement(p.pageId()).frames()) {
                ObjectNode fn = frames.addObject();
                fn.put("id", f.frameId());
                fn.put("kind", f.kind().name().toLowerCase());
                fn.set("rect", rect(f.bounds()));
            }
            ArrayNode polygons = zn.putArray("polygons");
            for (List<ZoneOutline.Point> ring : z.outline()) {
                ArrayNode r = polygons.addArray();
                for (ZoneOutline.Point pt : ring) r.addArray().add(pt(pt.x())).add(pt(pt.y()));
            }
        }
        ArrayNode jumps = n.putArray("jumps");
        for (PageZones.JumpLink j : pz.jumps()) {
            ObjectNode jn = jumps.addObject();
            jn.put("article", j.article().id());
            jn.put("direction", j.forward() ? "continued" : "from");
            jn.put("text", j.text());
            jn.put("page", site.page(j.targetPageId()).number());
            jn.set("rect", rect(j.area()));
        }
        return n;
    }

    private static ObjectNode article(Site site, Article a) {
        ObjectNode n = JSON.createObjectNode();
        n.put("id", a.id());
        n.put("html", SiteNames.articleHtml(a));
        n.put("title", a.title());
        ArrayNode pages = n.putArray("pages");
        for (String id : a.pageIds()) pages.add(site.page(id).number());
        ArrayNode headline = n.putArray("headline");
        for (Paragraph p : a.headline()) headline.add(paragraph(a, p));
        ArrayNode body = n.putArray("paragraphs");
        for (Paragraph p : a.body()) body.add(paragraph(a, p));
        n.put("text", a.text());
        ArrayNode photos = n.putArray("photos");
        for (Article.Photo ph : a.photos()) {
            ObjectNode pn = photos.addObject();
            pn.put("page", site.page(ph.pageId()).number());
            pn.put("frame", ph.frameId());
            String file = site.media().get(ph.frameId());
            if (file != null) pn.put("file", file);
            else pn.putNull("file");
            pn.put("caption", ph.caption());
        }
        return n;
    }

    private static ObjectNode paragraph(Article a, Paragraph p) {
        ObjectNode n = JSON.createObjectNode();
        n.put("role", ParagraphRole.of(a.styles(), p.style()).name().toLowerCase());
        n.put("style", p.style());
        n.put("text", p.text());
        return n;
    }

    private static ObjectNode image(String file, int w, int h) {
        ObjectNode n = JSON.createObjectNode();
        n.put("file", file);
        n.put("width", w);
        n.put("height", h);
        return n;
    }

    private static ArrayNode rect(Rect r) {
        return JSON.createArrayNode().add(pt(r.x())).add(pt(r.y())).add(pt(r.width())).add(pt(r.height()));
    }

    private static BigDecimal pt(int mpt) {
        return BigDecimal.valueOf(mpt, 3).stripTrailingZeros();
    }
}
