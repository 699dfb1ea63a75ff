package paiban.publish;

import java.util.ArrayList;
import java.util.List;

import paiban.layout.GlyphRun;
import paiban.layout.LineBox;
import paiban.layout.PageLayout;
import paiban.model.Rect;

/**
 * The clickable parts of one page: a zone per article on it (the outline of
 * its frames, gutters between them bridged) and a link per jump line.
 */
record PageZones(PageLayout page, List<Zone> zones, List<JumpLink> jumps) {

    /** An article's area on the page. */
    record Zone(Article article, List<List<ZoneOutline.Point>> outline) {}

    /**
     * A jump line: （下转第三版） leads on to {@code targetPageId}, （上接第一版） back.
     *
     * @param forward 下转 (true) or 上接
     */
    record JumpLink(Article article, boolean forward, String targetPageId, String text, Rect area) {}

    static PageZones of(PageLayout page, List<Article> articles) {
        List<Zone> zones = new ArrayList<>();
        List<JumpLink> jumps = new ArrayList<>();
        for (Article a : articles) {
            Article.Placement here = a.placement(page.pageId());
            if (here == null) continue;
            zones.add(new Zone(a, ZoneOutline.zone(here.rects(), ArticleFinder.JOIN)));
            List<String> pages = a.pageIds();
            int at = pages.indexOf(page.pageId());
            for (LineBox line : page.lines()) {
                if (!line.generated() || !line.storyId().equals(a.id())) continue;
                String text = line.text();
                boolean forward = text.contains("下转");
                if (!forward && !text.contains("上接")) continue; // a 转版标题, not a jump line
                int target = forward ? at + 1 : at - 1;
                if (target < 0 || target >= pages.size()) continue;
                jumps.add(new JumpLink(a, forward, pages.get(target), text, area(line)));
            }
        }
        return new PageZones(page, zones, jumps);
    }

    /**
     * The em boxes of a line's glyphs: from 0.88 em above the baseline to 0.12 em below; for a
     * vertical line the column they make, one em wide about its axis, from its first glyph's top to
     * its last glyph's end.
     */
    static Rect area(LineBox line) {
        int size = 0, left = Integer.MAX_VALUE, right = Integer.MIN_VALUE;
        for (GlyphRun r : line.runs()) {
            if (r.length() == 0) continue;
            size = Math.max(size, r.size());
            left = Math.min(left, r.xs()[0]);
            right = Math.max(right, r.end());
        }
        if (line.vertical()) {
            if (size == 0) return new Rect(line.baseline(), line.x(), 0, 0);
            return new Rect(line.baseline() - size / 2, line.x() + left, size, right - left);
        }
        if (size == 0) return new Rect(line.x(), line.baseline(), 0, 0);
        return new Rect(line.x() + left, line.baseline() - size * 88 / 100, right - left, size);
    }

    /** The box of one run of a line: its em boxes, or for a vertical line its stretch of the column. */
    static Rect area(LineBox line, GlyphRun r) {
        int from = r.xs()[0], length = r.end() - from;
        if (line.vertical()) return new Rect(line.baseline() - r.size() / 2, line.x() + from, r.size(), length);
        return new Rect(line.x() + from, line.baseline() - r.size() * 88 / 100, length, r.size());
    }

    /** Where a line starts on the page: its left end on the baseline, or a vertical line's top on its axis. */
    static boolean startsIn(Rect area, LineBox line) {
        return line.vertical() ? area.contains(line.baseline(), line.x()) : area.contains(line.x(), line.baseline());
    }
}
