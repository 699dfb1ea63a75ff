package paiban.ui.canvas;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import paiban.layout.Mark;
import paiban.layout.PageLayout;
import paiban.model.PageTemplate;
import paiban.render.LayoutWalker;
import paiban.render.Painter;
import paiban.render.fx.FxPainter;
import paiban.render.fx.MarkBounds;
import paiban.render.fx.ScreenTransform;
import paiban.ui.Messages;

/**
 * The printed page on its canvas, repainted only where it changed: when a new layout of the
 * same page comes at the same zoom, scroll and size (every step of a drag), the marks that are
 * new or gone are found by content ({@link MarkBounds#sameDrawing}) and only the pixels they
 * cover are drawn again, clipped to whole-pixel rectangles, in the same order and with the same
 * calls as a full paint, so those pixels come out as a full paint would make them. Anything
 * else (zoom, scroll, resize, another page, a photo that finished decoding) paints it all.
 */
final class PageLayer {
    /** Above this share of the canvas, one full paint is cheaper than the pieces. */
    private static final double MOST = 0.6;
    /** More separate damaged rectangles than this are painted as the one box around them. */
    private static final int MAX_REGIONS = 12;

    private final Canvas canvas;
    private final Font emptyFont;
    private final Runnable whenAdReady;
    /** What the canvas shows, null when not a page (or not known). */
    private Drawn drawn;
    /** Regions repainted by the last paint, -1 for a full paint (tests, the benchmark's notes). */
    private int lastRegions = -1;

    private record Drawn(PageLayout page, ScreenTransform at, double width, double height, PageTemplate grid) {}

    PageLayer(Canvas canvas, Font emptyFont, Runnable whenAdReady) {
        this.canvas = canvas;
        this.emptyFont = emptyFont;
        this.whenAdReady = whenAdReady;
    }

    int lastRegions() { return lastRegions; }

    /** The page layout the canvas shows, null when none. */
    PageLayout shown() { return drawn == null ? null : drawn.page(); }

    /**
     * Shows {@code layout} at {@code at}, with the line grid of {@code grid} under the type
     * (null for none); {@code full} paints everything even where nothing changed.
     */
    void paint(Optional<PageLayout> layout, ScreenTransform at, PageTemplate grid, boolean full) {
        GraphicsContext gc = canvas.getGraphicsContext2D();
        double w = canvas.getWidth(), h = canvas.getHeight();
        if (layout.isEmpty()) {
            drawn = null;
            lastRegions = -1;
            gc.setFill(CanvasStyle.DESK);
            gc.fillRect(0, 0, w, h);
            gc.setFill(Color.WHITE);
            gc.setFont(emptyFont);
            gc.setTextBaseline(VPos.CENTER);
            gc.setTextAlign(TextAlignment.CENTER);
            gc.fillText(Messages.get("canvas.noPage"), w / 2, h / 2);
            gc.setTextAlign(TextAlignment.LEFT);
            gc.setTextBaseline(VPos.BASELINE);
            return;
        }
        PageLayout page = layout.get();
        Drawn now = new Drawn(page, at, w, h, grid);
        Drawn before = drawn;
        drawn = now;
        if (!full && before != null && before.at().equals(at) && before.width() == w && before.height() == h
                && Objects.equals(before.grid(), grid) && before.page().pageId().equals(page.pageId())
                && before.page().width() == page.width() && before.page().height() == page.height()) {
            if (before.page() == page) {
                lastRegions = 0;
                return;
            }
            List<double[]> damage = damage(before.page(), page, at, w, h);
            if (damage != null) {
                List<double[]> bounds = new ArrayList<>(page.marks().size());
                for (Mark m : page.marks()) bounds.add(MarkBounds.of(m, at));
                for (double[] r : damage) paintRegion(gc, page, bounds, at, grid, r);
                lastRegions = damage.size();
                return;
            }
        }
        lastRegions = -1;
        gc.setFill(CanvasStyle.DESK);
        gc.fillRect(0, 0, w, h);
        background(gc, page, at);
        LayoutWalker.walk(page, painter(gc, at, grid));
    }

    private static void background(GraphicsContext gc, PageLayout page, ScreenTransform at) {
        gc.setFill(CanvasStyle.SHADOW);
        gc.fillRect(at.x(0) + 4, at.y(0) + 4, at.length(page.width()), at.length(page.height()));
    }

    /** The pixels of {x0, y0, x1, y1} (whole pixels) as a full paint leaves them. */
    private void paintRegion(GraphicsContext gc, PageLayout page, List<double[]> bounds, ScreenTransform at,
                             PageTemplate grid, double[] r) {
        List<Mark> inside = new ArrayList<>();
        List<Mark> marks = page.marks();
        for (int i = 0; i < marks.size(); i++) {
            double[] b = bounds.get(i);
            if (b == null || (b[0] < r[2] && b[2] > r[0] && b[1] < r[3] && b[3] > r[1])) inside.add(marks.get(i));
        }
        gc.save();
        gc.beginPath();
        // rect() closes the path itself: a second closePath would make JavaFX miss that the clip is a
        // whole-pixel rectangle and mask every later call through a canvas-sized blend on the render thread
        gc.rect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
        gc.clip();
        // inside the paper's whole pixels the white page covers desk and shadow: one fill, not three
        if (!onPaper(r, page, at)) {
            gc.setFill(CanvasStyle.DESK);
            gc.fillRect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
            background(gc, page, at);
        }
        LayoutWalker.walk(new PageLayout(page.pageId(), page.number(), page.name(), page.width(), page.height(),
                inside, List.of()), painter(gc, at, grid));
        gc.restore();
    }

    /** True when {x0, y0, x1, y1} lies within the pixels the page's white fill covers fully. */
    private static boolean onPaper(double[] r, PageLayout page, ScreenTransform at) {
        double x = at.x(0), y = at.y(0);
        return r[0] >= Math.ceil(x) && r[1] >= Math.ceil(y) && r[2] <= Math.floor(x + at.length(page.width()))
                && r[3] <= Math.floor(y + at.length(page.height()));
    }

    private Painter painter(GraphicsContext gc, ScreenTransform at, PageTemplate grid) {
        FxPainter painter = new FxPainter(gc, at, canvas.getWidth(), canvas.getHeight(), whenAdReady);
        if (grid == null) return painter;
        // the grid goes on the paper before the type, so the type stays black on it
        return new Painter() {
            @Override public void beginPage(PageLayout p) {
                painter.beginPage(p);
                new OverlayPainter(gc, at).grid(grid);
            }
            @Override public void glyphs(paiban.layout.LineBox line, paiban.layout.GlyphRun run) { painter.glyphs(line, run); }
            @Override public void rule(paiban.layout.RuleMark rule) { painter.rule(rule); }
            @Override public void box(paiban.layout.BoxMark box) { painter.box(box); }
            @Override public void path(paiban.layout.PathMark path) { painter.path(path); }
            @Override public void image(paiban.layout.ImageMark image) { painter.image(image); }
            @Override public void placedPdf(paiban.layout.PlacedPdfMark placed) { painter.placedPdf(placed); }
            @Override public void endPage() { painter.endPage(); }
        };
    }

    /** A drawing-equal mark, for matching the old page's marks to the new one's. */
    private record Key(Mark mark, int hash) {
        Key(Mark mark) { this(mark, MarkBounds.drawingHash(mark)); }
        @Override public int hashCode() { return hash; }
        @Override public boolean equals(Object o) {
            return o instanceof Key k && k.hash == hash && MarkBounds.sameDrawing(k.mark, mark);
        }
    }

    /**
     * Whole-pixel rectangles {x0, y0, x1, y1} covering every mark that is new or gone; null when
     * a full paint is needed (marks that stayed changed their order, a mark of unknown extent, or
     * most of the canvas changed).
     */
    static List<double[]> damage(PageLayout before, PageLayout after, ScreenTransform at, double w, double h) {
        List<Mark> was = before.marks(), now = after.marks();
        boolean[] kept = new boolean[was.size()];
        // the very same objects first: the stories a step did not flow and the furniture it did not
        // touch hand over their marks, so only the rest is compared by content (hashing glyph arrays)
        int[] identical = new int[now.size()];
        Arrays.fill(identical, -1);
        Map<Mark, Integer> index = new IdentityHashMap<>(was.size() * 2);
        for (int i = 0; i < was.size(); i++) index.putIfAbsent(was.get(i), i);
        for (int j = 0; j < now.size(); j++) {
            Integer i = index.get(now.get(j));
            if (i != null && !kept[i]) {
                kept[i] = true;
                identical[j] = i;
            }
        }
        Map<Key, ArrayDeque<Integer>> old = new HashMap<>();
        for (int i = 0; i < was.size(); i++) {
            if (!kept[i]) old.computeIfAbsent(new Key(was.get(i)), k -> new ArrayDeque<>()).add(i);
        }
        List<double[]> changed = new ArrayList<>();
        int last = -1;
        for (int j = 0; j < now.size(); j++) {
            Mark m = now.get(j);
            ArrayDeque<Integer> same = identical[j] >= 0 ? null : old.get(new Key(m));
            if (identical[j] >= 0 || same != null && !same.isEmpty()) {
                int i = identical[j] >= 0 ? identical[j] : same.poll();
                // a kept mark now drawn before one it used to follow: overlaps would come out differently
                if (i < last) return null;
                last = i;
                kept[i] = true;
            } else if (!add(changed, MarkBounds.of(m, at), w, h)) {
                return null;
            }
        }
        for (int i = 0; i < was.size(); i++) {
            if (!kept[i] && !add(changed, MarkBounds.of(was.get(i), at), w, h)) return null;
        }
        List<double[]> regions = merge(changed);
        double area = 0;
        for (double[] r : regions) area += (r[2] - r[0]) * (r[3] - r[1]);
        if (area > MOST * w * h) return null;
        if (regions.size() > MAX_REGIONS) {
            double[] box = regions.get(0).clone();
            for (double[] r : regions) union(box, r);
            if ((box[2] - box[0]) * (box[3] - box[1]) > MOST * w * h) return null;
            return List.of(box);
        }
        return regions;
    }

    /** Adds {@code b} rounded out to whole pixels and cut to the canvas; false for a mark of unknown extent. */
    private static boolean add(List<double[]> to, double[] b, double w, double h) {
        if (b == null) return false;
        double x0 = Math.max(0, Math.floor(b[0])), y0 = Math.max(0, Math.floor(b[1]));
        double x1 = Math.min(Math.ceil(w), Math.ceil(b[2])), y1 = Math.min(Math.ceil(h), Math.ceil(b[3]));
        if (x1 > x0 && y1 > y0) to.add(new double[] {x0, y0, x1, y1});
        return true;
    }

    /** Rectangles that overlap or touch joined into their bounding box until none do. */
    static List<double[]> merge(List<double[]> rects) {
        List<double[]> out = new ArrayList<>();
        for (double[] r : rects) out.add(r.clone());
        boolean joined = true;
        while (joined) {
            joined = false;
            for (int i = 0; i < out.size(); i++) {
                double[] a = out.get(i);
                for (int j = i + 1; j < out.size(); j++) {
                    double[] b = out.get(j);
                    if (a[0] <= b[2] && b[0] <= a[2] && a[1] <= b[3] && b[1] <= a[3]) {
                        union(a, b);
                        out.remove(j);
                        joined = true;
                        j = i; // a grew: look at the rest again
                    }
                }
            }
        }
        return out;
    }

    private static void union(double[] a, double[] b) {
        a[0] = Math.min(a[0], b[0]);
        a[1] = Math.min(a[1], b[1]);
        a[2] = Math.max(a[2], b[2]);
        a[3] = Math.max(a[3], b[3]);
    }
}
