package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.List;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.Messages;

/**
 * The editor's marks over the printed page: column guides, the line grid,
 * frame outlines by kind, handles of the selection and overset markers.
 */
final class OverlayPainter {
    static final double HANDLE = 7;
    private static final double MARKER = 11;

    private final GraphicsContext gc;
    private final ScreenTransform at;
    private final List<FrameOutline> drawn = new ArrayList<>();

    OverlayPainter(GraphicsContext gc, ScreenTransform at) {
        this.gc = gc;
        this.at = at;
    }

    /** The outlines drawn so far, for tests and hit feedback. */
    List<FrameOutline> drawn() { return drawn; }

    void guides(PageTemplate t) {
        gc.setLineWidth(1);
        gc.setLineDashes((double[]) null);
        Rect type = t.typeArea();
        gc.setStroke(CanvasStyle.MARGIN_GUIDE);
        strokeRect(type);
        gc.setStroke(CanvasStyle.COLUMN_GUIDE);
        double top = at.y(type.y()), bottom = at.y(type.bottom());
        for (int c = 0; c < t.columns(); c++) {
            if (c > 0) vline(at.x(t.columnLeft(c)), top, bottom);
            if (c < t.columns() - 1) vline(at.x(t.columnRight(c)), top, bottom);
        }
    }

    /** One band per grid line, the height of a body character, so lines can be seen sitting on it. */
    void grid(PageTemplate t) {
        double lineHeight = at.length(t.bodySize());
        if (at.length(t.pitch()) < 3) return; // a solid tint tells nothing at this zoom
        gc.setFill(CanvasStyle.GRID);
        Rect type = t.typeArea();
        double x = at.x(type.x()), w = at.length(type.width());
        for (int i = 0; i < t.lines(); i++) {
            double y = at.y(t.lineTop(i));
            gc.fillRect(x, y, w, Math.max(0.5, lineHeight));
        }
    }

    /** The runaround of every frame with a text wrap: a light dashed line where the text of other frames keeps off. */
    void wraps(paiban.model.Page page) {
        gc.setStroke(Color.web("#4a90d9", 0.55));
        gc.setLineWidth(1);
        gc.setLineDashes(3, 3);
        for (paiban.model.frame.Frame f : page.frames()) {
            if (f.wrap() != null && f.wrap().offset() > 0) strokeRect(f.bounds().grow(f.wrap().offset()));
        }
        gc.setLineDashes((double[]) null);
    }

    void outline(FrameOutline o, boolean selected) {
        drawn.add(o);
        Color c = CanvasStyle.outline(o.kind());
        gc.setStroke(c);
        gc.setLineWidth(selected ? 2 : 1);
        gc.setLineDashes(o.locked() ? new double[] {4, 3} : null);
        strokeRect(o.bounds());
        gc.setLineDashes((double[]) null);
    }

    void handles(Rect r) {
        gc.setStroke(CanvasStyle.SELECTION);
        gc.setLineWidth(1.5);
        strokeRect(r);
        handleSquares(r);
    }

    private void handleSquares(Rect r) {
        gc.setFill(Color.WHITE);
        gc.setLineWidth(1);
        for (double[] p : handlePoints(at, r)) {
            gc.fillRect(p[0] - HANDLE / 2, p[1] - HANDLE / 2, HANDLE, HANDLE);
            ring(p[0] - HANDLE / 2, p[1] - HANDLE / 2, HANDLE, HANDLE);
        }
    }

    /**
     * A frame of a multiple selection: its edges in the selection colour, with
     * a light tint; the primary frame (whose story the editor shows) heavier,
     * like InDesign's key object.
     */
    void highlight(Rect r, boolean primary) {
        gc.setFill(CanvasStyle.SELECTION_TINT);
        gc.fillRect(at.x(r.x()), at.y(r.y()), at.length(r.width()), at.length(r.height()));
        gc.setStroke(CanvasStyle.SELECTION);
        gc.setLineWidth(primary ? 3 : 1.5);
        strokeRect(r);
    }

    /**
     * The box around a multiple selection, dashed so it is not taken for a
     * frame, with the handles that scale the selection when any of its
     * frames can change.
     */
    void selectionBox(Rect r, boolean scalable) {
        gc.setStroke(CanvasStyle.SELECTION);
        gc.setLineWidth(1);
        gc.setLineDashes(6, 4);
        strokeRect(r);
        gc.setLineDashes((double[]) null);
        if (scalable) handleSquares(r);
    }

    /** Where the frames of a multiple selection will land, each dashed (a box around them too would only clutter). */
    void groupPreview(List<Rect> moving) {
        gc.setStroke(CanvasStyle.SELECTION);
        gc.setLineWidth(1.5);
        gc.setLineDashes(5, 3);
        for (Rect r : moving) strokeRect(r);
        gc.setLineDashes((double[]) null);
    }

    /** The rubber band being dragged: a translucent box. */
    void rubberBand(Rect r) {
        gc.setFill(CanvasStyle.RUBBER_BAND_FILL);
        gc.fillRect(at.x(r.x()), at.y(r.y()), at.length(r.width()), at.length(r.height()));
        gc.setStroke(CanvasStyle.SELECTION);
        gc.setLineWidth(1);
        gc.setLineDashes(4, 3);
        strokeRect(r);
        gc.setLineDashes((double[]) null);
    }

    /** The frame the thread tool will continue from. */
    void threadSource(Rect r) {
        gc.setStroke(CanvasStyle.THREAD);
        gc.setLineWidth(3);
        strokeRect(r);
    }

    /** Where a dragged frame will land: dashed, with its handles. */
    void preview(Rect r) {
        gc.setLineDashes(5, 3);
        handles(r);
        gc.setLineDashes((double[]) null);
    }

    /** The eight handle centres, corners then edge middles, clockwise from top-left. */
    static double[][] handlePoints(ScreenTransform at, Rect r) {
        double x0 = at.x(r.x()), y0 = at.y(r.y()), x1 = at.x(r.right()), y1 = at.y(r.bottom());
        double xm = (x0 + x1) / 2, ym = (y0 + y1) / 2;
        return new double[][] {{x0, y0}, {xm, y0}, {x1, y0}, {x1, ym}, {x1, y1}, {xm, y1}, {x0, y1}, {x0, ym}};
    }

    /**
     * A thread arrow from the end of one frame to the start of the next; a
     * link to another page ends in a tab naming that page.
     */
    void thread(ThreadLink link, Font font) {
        gc.setStroke(CanvasStyle.THREAD);
        gc.setFill(CanvasStyle.THREAD);
        gc.setLineWidth(1.5);
        gc.setFont(font);
        if (link.from() != null && link.to() != null) {
            arrow(at.x(link.from().right()) - 6, at.y(link.from().bottom()) - 6, at.x(link.to().x()) + 6, at.y(link.to().y()) + 6);
        } else if (link.to() == null) {
            double x = at.x(link.from().right()) - 6, y = at.y(link.from().bottom()) - 6;
            arrow(x, y, x + 36, y + 16);
            tab("→ " + link.otherPage(), x + 38, y + 16, font);
        } else {
            double x = at.x(link.to().x()) + 6, y = at.y(link.to().y()) + 6;
            arrow(x - 36, y - 16, x, y);
            tab(link.otherPage() + " →", x - 38 - textWidth(link.otherPage() + " →", font), y - 16, font);
        }
    }

    private void arrow(double x0, double y0, double x1, double y1) {
        gc.strokeLine(x0, y0, x1, y1);
        gc.fillOval(x0 - 3, y0 - 3, 6, 6);
        double a = Math.atan2(y1 - y0, x1 - x0);
        double len = 9;
        gc.fillPolygon(new double[] {x1, x1 - len * Math.cos(a - 0.4), x1 - len * Math.cos(a + 0.4)},
                new double[] {y1, y1 - len * Math.sin(a - 0.4), y1 - len * Math.sin(a + 0.4)}, 3);
    }

    private void tab(String text, double x, double yMid, Font font) {
        double w = textWidth(text, font) + 8, h = font.getSize() + 6;
        gc.setFill(CanvasStyle.THREAD);
        gc.fillRect(x, yMid - h / 2, w, h);
        gc.setFill(Color.WHITE);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(text, x + 4, yMid);
        gc.setTextBaseline(VPos.BASELINE);
    }

    /** Widths of the few labels the overlay draws (超 N 字, page tabs), measured once each. */
    private static final java.util.Map<String, Double> WIDTHS = new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override protected boolean removeEldestEntry(java.util.Map.Entry<String, Double> eldest) { return size() > 256; }
    };

    private static double textWidth(String text, Font font) {
        return WIDTHS.computeIfAbsent(font.getName() + '\u0000' + font.getSize() + '\u0000' + text, k -> {
            javafx.scene.text.Text t = new javafx.scene.text.Text(text);
            t.setFont(font);
            return t.getLayoutBounds().getWidth();
        });
    }

    /**
     * The red box with a plus at the frame's bottom-right corner, and 超 N 字
     * hanging below the frame's edge, so it covers none of the frame's own text.
     */
    void overset(FrameOutline o, Font font) {
        double x1 = at.x(o.bounds().right()), y1 = at.y(o.bounds().bottom());
        double mx = x1 - MARKER - 2, my = y1 - MARKER - 2;
        gc.setFill(Color.WHITE);
        gc.fillRect(mx, my, MARKER, MARKER);
        gc.setStroke(CanvasStyle.OVERSET);
        gc.setLineWidth(1.5);
        gc.strokeRect(mx, my, MARKER, MARKER);
        gc.strokeLine(mx + 3, my + MARKER / 2, mx + MARKER - 3, my + MARKER / 2);
        gc.strokeLine(mx + MARKER / 2, my + 3, mx + MARKER / 2, my + MARKER - 3);

        String label = Messages.get("canvas.overset", o.oversetChars());
        gc.setFont(font);
        double w = textWidth(label, font) + 8, h = font.getSize() + 6;
        double lx = x1 - w, ly = y1 + 1;
        gc.setFill(CanvasStyle.OVERSET);
        gc.fillRect(lx, ly, w, h);
        gc.setFill(Color.WHITE);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        gc.fillText(label, lx + w / 2, ly + h / 2);
        gc.setTextAlign(TextAlignment.LEFT);
        gc.setTextBaseline(VPos.BASELINE);
    }

    private void strokeRect(Rect r) {
        ring(snap(at.x(r.x())), snap(at.y(r.y())), Math.round(at.length(r.width())), Math.round(at.length(r.height())));
    }

    /**
     * The same ring as {@code strokeRect}, as plain fills where it can be: the software renderer fills
     * a rectangle far faster than it strokes or dashes one, and a drag repaints every outline, the
     * dashed preview and the handles at every step.
     */
    private void ring(double x, double y, double w, double h) {
        double[] dashes = gc.getLineDashes();
        double lw = gc.getLineWidth();
        boolean dashed = dashes != null && dashes.length > 0;
        if (w < lw || h < lw || (dashed && (dashes.length != 2 || dashes[0] <= 0 || dashes[1] <= 0))) {
            gc.strokeRect(x, y, w, h);
            return;
        }
        var fill = gc.getFill();
        gc.setFill(gc.getStroke());
        double half = lw / 2;
        if (!dashed) {
            gc.fillRect(x - half, y - half, w + lw, lw);
            gc.fillRect(x - half, y + h - half, w + lw, lw);
            gc.fillRect(x - half, y + half, lw, h - lw);
            gc.fillRect(x + w - half, y + half, lw, h - lw);
        } else {
            // clockwise from the top-left corner, the pattern running on round the corners as a stroke's does
            double[] phase = {0};
            dashes(x, y, 1, 0, w, lw, dashes, phase);
            dashes(x + w, y, 0, 1, h, lw, dashes, phase);
            dashes(x + w, y + h, -1, 0, w, lw, dashes, phase);
            dashes(x, y + h, 0, -1, h, lw, dashes, phase);
        }
        gc.setFill(fill);
    }

    /** The dashes of one side from (x, y) along (dx, dy) for {@code length} pixels; {@code phase} carries on. */
    private void dashes(double x, double y, int dx, int dy, double length, double lw, double[] pattern, double[] phase) {
        double period = pattern[0] + pattern[1], half = lw / 2;
        double t = 0;
        while (t < length) {
            double p = phase[0] % period;
            double run = p < pattern[0] ? pattern[0] - p : period - p;
            double end = Math.min(length, t + run);
            if (p < pattern[0]) {
                double a = Math.min(t, end), b = Math.max(t, end);
                double x0 = x + dx * a, x1 = x + dx * b, y0 = y + dy * a, y1 = y + dy * b;
                gc.fillRect(Math.min(x0, x1) - (dx == 0 ? half : 0), Math.min(y0, y1) - (dy == 0 ? half : 0),
                        dx == 0 ? lw : Math.abs(x1 - x0), dy == 0 ? lw : Math.abs(y1 - y0));
            }
            phase[0] += end - t;
            t = end;
        }
    }

    /** A one-pixel guide down the page, filled rather than stroked (square caps, as the stroke had). */
    private void vline(double x, double top, double bottom) {
        var fill = gc.getFill();
        gc.setFill(gc.getStroke());
        gc.fillRect(Math.floor(x), top - 0.5, 1, bottom - top + 1);
        gc.setFill(fill);
    }

    /** Half-pixel positions keep one-pixel lines crisp. */
    private static double snap(double v) { return Math.floor(v) + 0.5; }
}
