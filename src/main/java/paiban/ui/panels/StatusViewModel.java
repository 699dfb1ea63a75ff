package paiban.ui.panels;

import java.util.Locale;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import paiban.model.Page;
import paiban.model.PageNames;
import paiban.model.PageTemplate;
import paiban.model.Rect;
import paiban.model.unit.Units;
import paiban.ui.Messages;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.PagePoint;

/**
 * The status bar's texts: the pointer in mm, and in 字 across and 行 (grid
 * lines) down from the type area's top-left, the way the desk measures and
 * the rulers' inner halves count; the page and the zoom.
 */
public final class StatusViewModel {
    private final StringBinding position;
    private final StringBinding page;
    private final StringBinding zoom;

    public StatusViewModel(CanvasViewModel canvas) {
        position = Bindings.createStringBinding(() -> dragged(canvas)
                        .map(r -> boundsText(canvas, r)).orElseGet(() -> positionText(canvas, canvas.pointerProperty().get())),
                canvas.pointerProperty(), canvas.dragPreviewProperty(), canvas.movePreviewProperty(),
                canvas.pageIndexProperty(), canvas.document().layoutProperty());
        page = Bindings.createStringBinding(() -> pageText(canvas),
                canvas.pageIndexProperty(), canvas.document().layoutProperty());
        zoom = Bindings.createStringBinding(() -> Messages.get("status.zoom", Math.round(canvas.zoom() * 100)),
                canvas.zoomProperty());
    }

    /** The texts again, in the current interface language. */
    public void relabel() {
        position.invalidate();
        page.invalidate();
        zoom.invalidate();
    }

    public StringBinding positionProperty() { return position; }

    public StringBinding pageProperty() { return page; }

    public StringBinding zoomProperty() { return zoom; }

    static String positionText(CanvasViewModel canvas, PagePoint p) {
        Optional<PageTemplate> t = canvas.template();
        if (p == null || t.isEmpty()) return "";
        PageTemplate tp = t.get();
        double xChars = (p.x() - tp.marginLeft()) / (double) tp.bodySize();
        double yLines = (p.y() - tp.marginTop()) / (double) tp.pitch();
        return Messages.get("status.position",
                fmt(Units.toMm(p.x())), fmt(Units.toMm(p.y())), fmt(xChars), fmt(yLines));
    }

    /** The frame being drawn, moved or resized, or the box of the frames being scaled; empty when nothing is dragged. */
    static Optional<Rect> dragged(CanvasViewModel canvas) {
        Rect one = canvas.dragPreviewProperty().get();
        return one != null ? Optional.of(one) : CanvasViewModel.bounding(canvas.movePreviewProperty().get());
    }

    /**
     * A frame being drawn, moved or resized: where it would land and its size,
     * in mm and as the desk counts (字 across, 行 down, from the type area).
     */
    static String boundsText(CanvasViewModel canvas, Rect r) {
        Optional<PageTemplate> t = canvas.template();
        if (t.isEmpty()) return "";
        PageTemplate tp = t.get();
        return Messages.get("status.bounds", fmt(Units.toMm(r.x())), fmt(Units.toMm(r.y())),
                fmt(Units.toMm(r.width())), fmt(Units.toMm(r.height())),
                fmt(r.width() / (double) tp.bodySize()), fmt(tp.linesSpanned(r.height())));
    }

    static String pageText(CanvasViewModel canvas) {
        Optional<Page> p = canvas.currentPage();
        if (p.isEmpty()) return "";
        String name = PageNames.fullName(canvas.document().edition(), p.get());
        String section = p.get().section();
        return Messages.get("status.page", name, canvas.pageIndex() + 1, canvas.pageCount())
                + (section.isBlank() ? "" : "  " + section);
    }

    /** One decimal, rounded half up as {@code %.1f} prints it, without a Formatter on every pointer step. */
    static String fmt(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v) || Math.abs(v) >= 1e15) return String.format(Locale.ROOT, "%.1f", v);
        // the nudge makes 1.45 (14.4999… times ten in binary) round up as its decimal form does
        long tenths = Math.round(Math.abs(v) * 10 + 1e-9);
        StringBuilder out = new StringBuilder(12);
        if (v < 0 || v == 0 && 1 / v < 0) out.append('-');
        return out.append(tenths / 10).append('.').append(tenths % 10).toString();
    }
}
