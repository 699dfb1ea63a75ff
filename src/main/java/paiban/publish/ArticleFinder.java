package paiban.publish;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import paiban.layout.EditionLayout;
import paiban.layout.FrameInfo;
import paiban.layout.FrameKind;
import paiban.layout.ImageMark;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.model.Page;
import paiban.model.Rect;
import paiban.model.frame.Frame;
import paiban.model.frame.HeadlineFrame;
import paiban.model.frame.ImageFrame;
import paiban.model.frame.WritingMode;
import paiban.model.story.Paragraph;
import paiban.model.story.Story;
import paiban.model.unit.Units;

/**
 * Finds the articles of a composed edition and the frames each covers.
 *
 * <p>The model ties a story to the text frames of its chain and a photo to its
 * caption frame, but not a headline stack or a photo to a story. The rules:
 * <ul>
 *   <li>an <b>article</b> is a story threaded through a text frame that is no
 *       photo's caption, with at least one 正文 or 电头 paragraph (so the
 *       报头 and 报眉 are not articles);</li>
 *   <li>a <b>headline frame</b> whose story has 引题/主题/副题 paragraphs belongs
 *       to the article sharing its frame group, else to the article whose text
 *       frame starts nearest below it or to its right (a side headline), at most
 *       {@link #JOIN} away and overlapping it across;</li>
 *   <li>a <b>photo</b> belongs to the article sharing its group, else to the
 *       article with the nearest text or headline frame on any side (at most
 *       {@link #JOIN} away); its caption frame goes with it.</li>
 * </ul>
 * What stays unattached, and frames of two articles that overlap, are noted.
 */
public final class ArticleFinder {
    /** How far apart a headline or photo may stand from its story's frames: two lines of 13.5 pt. */
    public static final int JOIN = Units.pt(27);
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    private ArticleFinder() {}

    /** The articles in the order of the pages they start on, then of the edition's stories; and notes. */
    public record Found(List<Article> articles, List<PublishNote> notes) {
        public Found {
            articles = List.copyOf(articles);
            notes = List.copyOf(notes);
        }

        public Article article(String id) {
            for (Article a : articles) if (a.id().equals(id)) return a;
            return null;
        }
    }

    /** Work state for one article while the pages are read. */
    private static final class Draft {
        final Story story;
        final List<Story> heads = new ArrayList<>();
        final List<Article.Photo> photos = new ArrayList<>();
        final Map<String, List<Article.PlacedFrame>> frames = new LinkedHashMap<>();

        Draft(Story story) { this.story = story; }

        void add(String pageId, FrameInfo f) {
            frames.computeIfAbsent(pageId, k -> new ArrayList<>()).add(new Article.PlacedFrame(f.frameId(), f.kind(), f.bounds()));
        }
    }

    public static Found find(Edition edition, EditionLayout layout) {
        List<PublishNote> notes = new ArrayList<>();
        Set<String> captionFrames = new HashSet<>();
        for (Page p : edition.pages())
            for (Frame f : p.frames())
                if (f instanceof ImageFrame img && !img.captionFrameId().isEmpty()) captionFrames.add(p.id() + "/" + img.captionFrameId());

        Map<String, FrameKind> textKinds = new HashMap<>();
        for (PageLayout pl : layout.pages())
            for (FrameInfo f : pl.frames())
                if (!f.storyId().isEmpty() && f.kind() == FrameKind.TEXT && !captionFrames.contains(pl.pageId() + "/" + f.frameId()))
                    textKinds.put(f.storyId(), FrameKind.TEXT);

        Map<String, Draft> drafts = new LinkedHashMap<>();
        for (Story s : edition.stories()) {
            boolean hasText = s.paragraphs().stream().anyMatch(p -> ParagraphRole.of(edition.styles(), p.style()).text());
            if (hasText && textKinds.containsKey(s.id())) drafts.put(s.id(), new Draft(s));
        }

        for (PageLayout pl : layout.pages()) {
            Page page = edition.page(pl.pageId()).orElse(null);
            if (page == null) continue;
            Map<String, Draft> owner = new HashMap<>(); // frame id → article
            for (FrameInfo f : pl.frames()) {
                Draft d = drafts.get(f.storyId());
                if (d != null) {
                    d.add(pl.pageId(), f);
                    owner.put(f.frameId(), d);
                }
            }
            for (FrameInfo f : pl.frames()) {
                if (f.kind() != FrameKind.HEADLINE || f.storyId().isEmpty() || owner.containsKey(f.frameId())) continue;
                Story head = edition.story(f.storyId()).orElse(null);
                if (head == null || head.paragraphs().stream().noneMatch(p -> ParagraphRole.of(edition.styles(), p.style()).headline())) continue;
                Draft d = byGroup(page, f, owner);
                boolean vertical = page.frame(f.frameId()).filter(x -> x instanceof HeadlineFrame h
                        && h.writingMode() == WritingMode.VERTICAL).isPresent();
                if (d == null) d = below(pl, f, vertical, owner);
                if (d == null) {
                    notes.add(PublishNote.of("headline.alone", pl.name(), f.frameId(), head.id()));
                    continue;
                }
                d.add(pl.pageId(), f);
                if (!d.heads.contains(head)) d.heads.add(head);
                owner.put(f.frameId(), d);
            }
            for (FrameInfo f : pl.frames()) {
                if (f.kind() != FrameKind.IMAGE) continue;
                if (!(page.frame(f.frameId()).orElse(null) instanceof ImageFrame img)) continue;
                Draft d = byGroup(page, f, owner);
                if (d == null) d = nearest(pl, f, owner);
                if (d == null) continue; // a picture of no story (a decoration) links nowhere
                d.add(pl.pageId(), f);
                owner.put(f.frameId(), d);
                String caption = "";
                if (!img.captionFrameId().isEmpty()) {
                    for (FrameInfo c : pl.frames()) {
                        if (!c.frameId().equals(img.captionFrameId())) continue;
                        d.add(pl.pageId(), c);
                        owner.put(c.frameId(), d);
                        caption = edition.story(c.storyId()).map(ArticleFinder::plainText).orElse("");
                    }
                }
                d.photos.add(new Article.Photo(pl.pageId(), f.frameId(), imageFile(pl, f.frameId()), caption));
            }
            overlaps(pl, owner, notes);
        }

        List<Article> articles = new ArrayList<>();
        Set<String> slugs = new HashSet<>();
        for (Draft d : ordered(drafts, layout)) {
            List<Paragraph> headline = new ArrayList<>();
            for (Story h : d.heads)
                for (Paragraph p : h.paragraphs()) if (ParagraphRole.of(edition.styles(), p.style()).headline()) headline.add(p);
            List<Paragraph> body = new ArrayList<>(d.story.paragraphs());
            while (!body.isEmpty() && ParagraphRole.of(edition.styles(), body.get(0).style()).headline()) headline.add(body.remove(0));
            List<Article.Placement> placements = new ArrayList<>();
            for (PageLayout pl : layout.pages()) {
                List<Article.PlacedFrame> fs = d.frames.get(pl.pageId());
                if (fs != null) placements.add(new Article.Placement(pl.pageId(), zOrder(pl, fs)));
            }
            String slug = SAFE.matcher(d.story.id()).matches() && slugs.add(d.story.id().toLowerCase())
                    ? d.story.id() : "article-" + (articles.size() + 1);
            slugs.add(slug.toLowerCase());
            Article a = new Article(d.story.id(), slug, d.story, headline, body, d.photos, placements, edition.styles());
            if (!a.hasHeadline()) notes.add(PublishNote.of("story.noHeadline", a.id(), a.title()));
            articles.add(a);
        }
        return new Found(articles, notes);
    }

    private static String plainText(Story s) {
        return String.join("\n", s.paragraphs().stream().map(Paragraph::text).toList());
    }

    private static Path imageFile(PageLayout pl, String frameId) {
        for (Mark m : pl.marks()) if (m instanceof ImageMark im && im.frameId().equals(frameId)) return im.file();
        return null;
    }

    /** Articles by the first page they are on, then in the edition's story order. */
    private static List<Draft> ordered(Map<String, Draft> drafts, EditionLayout layout) {
        List<Draft> out = new ArrayList<>();
        for (PageLayout pl : layout.pages())
            for (Draft d : drafts.values())
                if (!out.contains(d) && d.frames.containsKey(pl.pageId())) out.add(d);
        return out;
    }

    private static List<Article.PlacedFrame> zOrder(PageLayout pl, List<Article.PlacedFrame> frames) {
        List<Article.PlacedFrame> out = new ArrayList<>();
        for (FrameInfo f : pl.frames())
            for (Article.PlacedFrame p : frames) if (p.frameId().equals(f.frameId())) out.add(p);
        return out;
    }

    private static Draft byGroup(Page page, FrameInfo f, Map<String, Draft> owner) {
        String group = page.frame(f.frameId()).map(Frame::group).orElse("");
        if (group.isEmpty()) return null;
        for (Frame other : page.frames())
            if (!other.id().equals(f.frameId()) && group.equals(other.group()) && owner.containsKey(other.id()))
                return owner.get(other.id());
        return null;
    }

    /**
     * The article whose text frame begins nearest below the headline or to its right; a vertical
     * headline (竖排) is read first, right of its story, so its story may also be on its left.
     */
    private static Draft below(PageLayout pl, FrameInfo head, boolean vertical, Map<String, Draft> owner) {
        Rect h = head.bounds();
        Draft best = null;
        int bestGap = Integer.MAX_VALUE;
        for (FrameInfo t : pl.frames()) {
            if (t.kind() != FrameKind.TEXT || !owner.containsKey(t.frameId())) continue;
            Rect r = t.bounds();
            int gap = Integer.MAX_VALUE;
            if (overlap(h.x(), h.right(), r.x(), r.right()) > 0 && r.y() >= h.bottom() - JOIN / 4) gap = Math.max(0, r.y() - h.bottom());
            else if (overlap(h.y(), h.bottom(), r.y(), r.bottom()) > 0 && r.x() >= h.right() - JOIN / 4) gap = Math.max(0, r.x() - h.right());
            else if (vertical && overlap(h.y(), h.bottom(), r.y(), r.bottom()) > 0 && r.right() <= h.x() + JOIN / 4)
                gap = Math.max(0, h.x() - r.right());
            if (gap <= JOIN && gap < bestGap) {
                bestGap = gap;
                best = owner.get(t.frameId());
            }
        }
        return best;
    }

    /** The article with the nearest frame on any side, overlapping the photo across. */
    private static Draft nearest(PageLayout pl, FrameInfo photo, Map<String, Draft> owner) {
        Rect p = photo.bounds();
        Draft best = null;
        int bestGap = Integer.MAX_VALUE;
        for (FrameInfo t : pl.frames()) {
            if (!owner.containsKey(t.frameId())) continue;
            Rect r = t.bounds();
            int gap = Integer.MAX_VALUE;
            if (overlap(p.x(), p.right(), r.x(), r.right()) > 0)
                gap = Math.max(0, Math.max(r.y() - p.bottom(), p.y() - r.bottom()));
            else if (overlap(p.y(), p.bottom(), r.y(), r.bottom()) > 0)
                gap = Math.max(0, Math.max(r.x() - p.right(), p.x() - r.right()));
            if (gap <= JOIN && gap < bestGap) {
                bestGap = gap;
                best = owner.get(t.frameId());
            }
        }
        return best;
    }

    private static int overlap(int a0, int a1, int b0, int b1) {
        return Math.min(a1, b1) - Math.max(a0, b0);
    }

    private static void overlaps(PageLayout pl, Map<String, Draft> owner, List<PublishNote> notes) {
        List<FrameInfo> owned = pl.frames().stream().filter(f -> owner.containsKey(f.frameId())).toList();
        for (int i = 0; i < owned.size(); i++)
            for (int j = i + 1; j < owned.size(); j++) {
                FrameInfo a = owned.get(i), b = owned.get(j);
                if (owner.get(a.frameId()) != owner.get(b.frameId()) && a.bounds().intersects(b.bounds()))
                    notes.add(PublishNote.of("frames.overlap", pl.name(), a.frameId(), b.frameId()));
            }
    }
}
