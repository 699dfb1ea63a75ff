package paiban.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Page;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.TextFrame;
import paiban.model.story.FrameRef;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;

/** The sample edition published: its manifest, zones, texts, pictures and HTML. */
class DigitalEditionTest {
    static PublishedSample site;
    static JsonNode manifest;

    @BeforeAll static void publish() throws Exception {
        site = PublishedSample.get();
        manifest = new ObjectMapper().readTree(site.dir.resolve("manifest.json").toFile());
    }

    static List<ZoneOutline.Point> ring(JsonNode r) {
        List<ZoneOutline.Point> ring = new ArrayList<>();
        for (JsonNode p : r) ring.add(new ZoneOutline.Point((int) Math.round(p.get(0).asDouble() * 1000), (int) Math.round(p.get(1).asDouble() * 1000)));
        return ring;
    }

    static List<List<ZoneOutline.Point>> polygons(JsonNode zone) {
        List<List<ZoneOutline.Point>> out = new ArrayList<>();
        for (JsonNode r : zone.get("polygons")) out.add(ring(r));
        return out;
    }

    static boolean inside(List<List<ZoneOutline.Point>> zone, double xPt, double yPt) {
        return ZoneOutline.contains(zone, xPt * 1000, yPt * 1000);
    }

    /** The frames a reader takes for the story: its chain's text frames, its 标题 story's frame, its photo and caption. */
    static Set<String> expectedFrames(String storyId, Page page) {
        Set<String> ids = new HashSet<>();
        Story story = site.edition.story(storyId).orElseThrow();
        for (FrameRef r : story.chain()) if (r.pageId().equals(page.id())) ids.add(r.frameId());
        site.edition.story(storyId + "-head").ifPresent(h -> {
            for (FrameRef r : h.chain()) if (r.pageId().equals(page.id())) ids.add(r.frameId());
        });
        if (storyId.equals("lead") && page.id().equals("p1")) ids.addAll(List.of("p1-lead-photo", "p1-lead-caption"));
        return ids;
    }

    @Test void theManifestIsVersionedAndNamesTheEdition() {
        assertEquals("paiban-digital-edition", manifest.get("format").asText());
        assertEquals(1, manifest.get("version").asInt());
        assertEquals("滨江日报", manifest.get("edition").asText());
        assertEquals("2026-04-25", manifest.get("date").asText());
        assertEquals(3, manifest.get("pages").size());
    }

    @Test void everyStoryIsListedOnceAsAnArticle() {
        List<String> ids = new ArrayList<>();
        for (JsonNode a : manifest.get("articles")) ids.add(a.get("id").asText());
        assertEquals(List.of("lead", "economy", "canteen", "briefs", "elevator", "boat",
                "comment", "night", "science", "marathon", "museum"), ids);
        // headlines, captions, the masthead and the dateline are parts of articles or page furniture, not articles
        for (Story s : site.edition.stories())
            assertEquals(ids.contains(s.id()), s.paragraphs().stream().anyMatch(p -> p.style().equals("正文")), s.id());
    }

    @Test void zonesCoverTheirStorysFramesAndOnlyThem() {
        for (JsonNode p : manifest.get("pages")) {
            Page page = site.edition.page(p.get("id").asText()).orElseThrow();
            Set<String> zoned = new HashSet<>();
            for (JsonNode z : p.get("zones")) {
                String story = z.get("article").asText();
                assertTrue(zoned.add(story), "one zone per story on a page: " + story);
                List<List<ZoneOutline.Point>> zone = polygons(z);
                Set<String> frames = new HashSet<>();
                for (JsonNode f : z.get("frames")) frames.add(f.get("id").asText());
                assertEquals(expectedFrames(story, page), frames, story + " on " + page.id());
                List<Frame> mine = page.frames().stream().filter(f -> frames.contains(f.id())).toList();
                for (Frame f : mine) {
                    var b = f.bounds();
                    for (double[] pt : samples(b.x(), b.y(), b.right(), b.bottom()))
                        assertTrue(inside(zone, pt[0], pt[1]), story + " zone misses " + f.id() + " at " + pt[0] + "," + pt[1]);
                }
                // only them: nothing of another story lies in the zone, and what is not a frame is a gutter between two
                for (Frame other : page.frames()) {
                    if (frames.contains(other.id()) || !(other instanceof TextFrame || other instanceof HeadlineFrame
                            || other instanceof ImageFrame)) continue;
                    var b = other.bounds();
                    for (double[] pt : samples(b.x(), b.y(), b.right(), b.bottom()))
                        assertFalse(inside(zone, pt[0], pt[1]), story + " zone covers " + other.id());
                }
                for (double y = 0; y < page_h(p); y += 3) {
                    for (double x = 0; x < page_w(p); x += 3) {
                        if (!inside(zone, x, y)) continue;
                        double px = x, py = y;
                        boolean inFrame = mine.stream().anyMatch(f -> f.bounds().contains((int) (px * 1000), (int) (py * 1000)));
                        if (inFrame) continue;
                        long near = mine.stream().filter(f -> distancePt(f, px, py) <= ArticleFinder.JOIN / 1000.0).count();
                        assertTrue(near >= 2, story + " zone reaches " + x + "," + y + " away from the gutters between its frames");
                    }
                }
            }
        }
    }

    static double page_w(JsonNode p) { return p.get("width").asDouble(); }

    static double page_h(JsonNode p) { return p.get("height").asDouble(); }

    static double distancePt(Frame f, double x, double y) {
        var b = f.bounds();
        double dx = Math.max(0, Math.max(b.x() / 1000.0 - x, x - b.right() / 1000.0));
        double dy = Math.max(0, Math.max(b.y() / 1000.0 - y, y - b.bottom() / 1000.0));
        return Math.max(dx, dy);
    }

    /** Points just inside a rectangle given in millipoints, in points: corners, edges' middles, centre. */
    static List<double[]> samples(int x0, int y0, int x1, int y1) {
        double l = x0 / 1000.0 + 0.5, t = y0 / 1000.0 + 0.5, r = x1 / 1000.0 - 0.5, b = y1 / 1000.0 - 0.5;
        double cx = (l + r) / 2, cy = (t + b) / 2;
        return List.of(new double[] {l, t}, new double[] {r, t}, new double[] {l, b}, new double[] {r, b},
                new double[] {cx, t}, new double[] {cx, b}, new double[] {l, cy}, new double[] {r, cy}, new double[] {cx, cy});
    }

    @Test void articleTextIsTheStorysTextAndTheLayoutSetExactlyIt() {
        for (JsonNode a : manifest.get("articles")) {
            Story story = site.edition.story(a.get("id").asText()).orElseThrow();
            assertEquals(story.text(), a.get("text").asText(), story.id());
            List<String> paragraphs = new ArrayList<>();
            for (JsonNode p : a.get("paragraphs")) paragraphs.add(p.get("text").asText());
            assertEquals(story.paragraphs().stream().map(Paragraph::text).toList(), paragraphs, story.id());
            // what the pages print for the story, in page order, jump lines left out
            StringBuilder printed = new StringBuilder();
            for (PageLayout pl : site.layout.pages())
                for (LineBox l : pl.lines()) if (l.storyId().equals(story.id()) && !l.generated()) printed.append(l.text());
            assertEquals(squeeze(story.text()), squeeze(printed.toString()), story.id());
        }
    }

    @Test void headlineStacksComeFromTheHeadlineFramesBesideTheStory() {
        JsonNode lead = article("lead");
        List<String> roles = new ArrayList<>(), texts = new ArrayList<>();
        for (JsonNode h : lead.get("headline")) {
            roles.add(h.get("role").asText());
            texts.add(h.get("text").asText());
        }
        assertEquals(List.of("kicker", "title", "subtitle"), roles);
        assertEquals(site.edition.story("lead-head").orElseThrow().paragraphs().stream().map(Paragraph::text).toList(), texts);
        assertEquals("滨江四十二公里岸线今日全线贯通", lead.get("title").asText());
        assertEquals(List.of(1, 3), List.of(lead.get("pages").get(0).asInt(), lead.get("pages").get(1).asInt()));
        JsonNode photo = lead.get("photos").get(0);
        assertEquals("media/lead-1.jpg", photo.get("file").asText());
        assertEquals(site.edition.story("lead-caption").orElseThrow().text(), photo.get("caption").asText());
        assertTrue(Files.isRegularFile(site.dir.resolve("media/lead-1.jpg")));
        // a story without a 标题 frame is listed by its 栏目头, and the publisher says so
        assertEquals("要闻简讯", article("briefs").get("title").asText());
        PublishNote note = site.result.notes().stream().filter(n -> n.code().equals("story.noHeadline")).findFirst().orElseThrow();
        assertEquals(List.of("briefs", "要闻简讯"), note.args());
        assertEquals("稿件 briefs 没有标题（引题/主题/副题），以“要闻简讯”列出", note.text(java.util.Locale.SIMPLIFIED_CHINESE));
        assertEquals("story briefs has no headline (引题/主题/副题); it is listed as “要闻简讯”", note.text(java.util.Locale.ENGLISH));
        assertEquals(1, site.result.notes().size(), site.result.notes().toString());
    }

    @Test void jumpLinesAreLinksToThePageTheyName() throws Exception {
        JsonNode p1 = manifest.get("pages").get(0), p3 = manifest.get("pages").get(2);
        assertEquals(1, p1.get("jumps").size());
        assertEquals("（下转第三版）", p1.get("jumps").get(0).get("text").asText());
        assertEquals(3, p1.get("jumps").get(0).get("page").asInt());
        assertEquals("（上接第一版）", p3.get("jumps").get(0).get("text").asText());
        assertEquals(1, p3.get("jumps").get(0).get("page").asInt());
        String page1 = Files.readString(site.dir.resolve("pages/01.html"));
        assertTrue(page1.contains("<a class=\"jump\" href=\"03.html\""), page1);
        String page3 = Files.readString(site.dir.resolve("pages/03.html"));
        assertTrue(page3.contains("<a class=\"jump\" href=\"01.html\""));
        // the jump line's box holds the jump line as the layout set it
        JsonNode rect = p1.get("jumps").get(0).get("rect");
        PageLayout l1 = site.layout.pages().get(0);
        LineBox jump = l1.lines().stream().filter(l -> l.generated() && l.text().contains("下转")).findFirst().orElseThrow();
        double x = rect.get(0).asDouble(), y = rect.get(1).asDouble();
        assertTrue(jump.baseline() / 1000.0 > y && jump.baseline() / 1000.0 <= y + rect.get(3).asDouble());
        assertTrue(x >= jump.x() / 1000.0 && x < (jump.x() + jump.width()) / 1000.0);
    }

    @Test void theJumpedStoryIsWholeOnOneArticlePageWithANoteOfItsPages() throws Exception {
        String html = Files.readString(site.dir.resolve("articles/lead.html"));
        for (Paragraph p : site.edition.story("lead").orElseThrow().paragraphs())
            assertTrue(html.contains(Html.esc(p.text())), p.text());
        assertTrue(html.contains("本文自第一版转至第三版"), html);
        assertTrue(html.contains("href=\"../pages/01.html\"") && html.contains("href=\"../pages/03.html\""));
        assertTrue(html.contains("<figcaption>"));
        assertTrue(html.contains("<a rel=\"next\" href=\"economy.html\""));
    }

    @Test void pagePicturesAreRgbAtTwoSizesDrawnLikeThePrint() throws Exception {
        BufferedImage page = ImageIO.read(site.dir.resolve("images/01.jpg").toFile());
        BufferedImage thumb = ImageIO.read(site.dir.resolve("images/01-thumb.jpg").toFile());
        assertEquals(PublishSettings.defaults().readingWidth(), page.getWidth());
        assertEquals(PublishSettings.defaults().thumbnailWidth(), thumb.getWidth());
        assertEquals(Math.round(1400.0 * 1544.882 / 1105.512), page.getHeight(), 1);
        assertEquals(3, page.getColorModel().getNumComponents(), "RGB without alpha");
        // the 报头 is printed in M100 Y100: red on the screen, where its frame is
        FrameInfo masthead = site.layout.pages().get(0).frames().stream()
                .filter(f -> f.frameId().equals("p1-masthead")).findFirst().orElseThrow();
        // the shaded banner (底纹, 反白) is red too, where its frame is
        FrameInfo banner = site.layout.pages().get(0).frames().stream()
                .filter(f -> f.frameId().equals("p1-economy-head")).findFirst().orElseThrow();
        // and the digest's 回纹 花边 box
        FrameInfo digest = site.layout.pages().get(0).frames().stream()
                .filter(f -> f.frameId().equals("p1-briefs")).findFirst().orElseThrow();
        double s = page.getWidth() / (site.layout.pages().get(0).width() / 1000.0);
        int red = 0, redElsewhere = 0, redBanner = 0, redBox = 0;
        for (int y = 0; y < page.getHeight(); y += 2)
            for (int x = 0; x < page.getWidth(); x += 2) {
                int rgb = page.getRGB(x, y);
                boolean isRed = ((rgb >> 16) & 255) > 180 && ((rgb >> 8) & 255) < 90 && (rgb & 255) < 90;
                if (!isRed) continue;
                if (masthead.bounds().contains((int) (x / s * 1000), (int) (y / s * 1000))) red++;
                else if (banner.bounds().contains((int) (x / s * 1000), (int) (y / s * 1000))) redBanner++;
                else if (digest.bounds().contains((int) (x / s * 1000), (int) (y / s * 1000))) redBox++;
                else redElsewhere++;
            }
        assertTrue(red > 500, "the masthead is red: " + red);
        assertTrue(redBanner > 500, "the banner's fill is red: " + redBanner);
        assertTrue(redBox > 200, "the digest's 花边 is red: " + redBox);
        assertTrue(red > 10 * redElsewhere, red + " red pixels in the masthead, " + redElsewhere + " elsewhere");
        assertEquals(FrameKind.HEADLINE, masthead.kind());
    }

    @Test void htmlIsChineseAccessibleAndScriptless() throws Exception {
        List<Path> html;
        try (var files = Files.walk(site.dir)) {
            html = files.filter(f -> f.toString().endsWith(".html")).toList();
        }
        assertEquals(1 + 3 + 11, html.size());
        Pattern img = Pattern.compile("<img [^>]*>");
        for (Path f : html) {
            String s = Files.readString(f);
            assertTrue(s.startsWith("<!DOCTYPE html>\n<html lang=\"zh-CN\">"), f.toString());
            assertTrue(s.contains("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"), f.toString());
            assertFalse(s.toLowerCase().contains("<script"), f.toString());
            assertTrue(s.contains("<h1"), f + " has a heading");
            Matcher m = img.matcher(s);
            while (m.find()) assertTrue(m.group().contains(" alt=\""), f + ": " + m.group());
            // every local link leads to a file of the site
            Matcher href = Pattern.compile("(?:href|src)=\"([^\"#:]+)(?:#[^\"]*)?\"").matcher(s);
            while (href.find()) assertTrue(Files.exists(f.getParent().resolve(href.group(1)).normalize()), f + " → " + href.group(1));
        }
        String lead = Files.readString(site.dir.resolve("articles/lead.html"));
        String caption = site.edition.story("lead-caption").orElseThrow().text();
        assertTrue(lead.contains("alt=\"" + Html.esc(caption) + "\""), "the photo's alt text is its caption");
    }

    static JsonNode article(String id) {
        for (JsonNode a : manifest.get("articles")) if (a.get("id").asText().equals(id)) return a;
        throw new AssertionError("no article " + id);
    }

    static String squeeze(String s) {
        return s.replaceAll("\\s+", "").replace("\u3000", "");
    }

    @Test void everyFileTheResultNamesExists() {
        assertNotNull(site.result.index());
        for (Path f : site.result.files()) assertTrue(Files.isRegularFile(f), f.toString());
    }
}
