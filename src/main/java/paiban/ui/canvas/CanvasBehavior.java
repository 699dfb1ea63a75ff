package paiban.ui.canvas;

import java.util.List;
import java.util.Map;

import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.canvas.text.CanvasTextInput;

/**
 * Input on the page canvas turned into view-model actions: click selects a
 * frame (with its group; Ctrl+click one frame of a group, Shift+click adds
 * or removes), a drag on empty page draws a rubber band selecting what it
 * touches, Ctrl+A selects all; dragging a selected frame moves the whole
 * selection, a handle resizes the selected frame or scales a multiple
 * selection by the box around it (snapped to the grid by the edges that
 * move, Alt for free; one undoable change on release),
 * arrows nudge by 字 and 行, Ctrl+wheel zooms about the pointer, the wheel
 * scrolls, space-drag and middle-drag pan, +/- zoom. Sits beside
 * {@link PageCanvasView} so the view only draws.
 */
final class CanvasBehavior {
    /** Pointer slack for hitting thin frames, pixels. */
    static final double HIT_SLOP = 4;
    private static final double WHEEL_ZOOM = 1.15;

    private final PageCanvasView view;
    private final CanvasViewModel vm;
    /** Pixels the pointer must travel before a press becomes a drag, so a click never moves a frame. */
    static final double DRAG_THRESHOLD = 3;
    /** Grid positions closer than this many pixels pull a dragged edge. */
    static final double SNAP_PIXELS = 8;

    private boolean spaceDown;
    private boolean panning;
    private double lastX, lastY;
    private double pressX, pressY;
    /** The frame being moved or resized, its bounds at the press, and the handle (-1 to move). */
    private FrameOutline dragging;
    private int handle = -1;
    /** A handle of a multiple selection's box is dragged: the whole selection scales. */
    private boolean scaling;
    private boolean dragStarted;
    /** Where a drawing tool's drag began, null when not drawing. */
    private PagePoint drawFrom;
    /** Where a rubber band began (a press on empty page), null when none; Shift adds what it touches. */
    private PagePoint bandFrom;
    private boolean bandAdds;
    /** The image frame whose picture a Ctrl+Alt drag moves inside it, and where the picture lay at the press. */
    private String contentFrame;
    private Rect contentFrom;
    /** Text mode's keys, mouse and input methods; asked first. */
    private final CanvasTextInput text;
    /** Cell mode of tables and column-width drags; asked after text mode. */
    private final paiban.ui.canvas.table.CanvasTableInput table;

    CanvasBehavior(PageCanvasView view, CanvasViewModel vm) {
        this.view = view;
        this.vm = vm;
        this.text = new CanvasTextInput(vm, view.canvas(), view::transform, view::scrollBy);
        this.table = new paiban.ui.canvas.table.CanvasTableInput(vm, view.canvas(), view::transform);
        view.tableInput = table;
    }

    void install() {
        var canvas = view.canvas();
        text.install();
        table.install();
        table.onRepaint(view::scheduleRedraw);
        vm.toolProperty().addListener((o, old, now) ->
                canvas.setCursor(now == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR));
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::track);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> vm.pointerProperty().set(null));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        canvas.addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        view.addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        view.addEventHandler(KeyEvent.KEY_RELEASED, this::keyReleased);
    }

    private PagePoint pagePoint(double x, double y) {
        ScreenTransform at = view.transform();
        return new PagePoint((int) Math.round(at.pageX(x)), (int) Math.round(at.pageY(y)));
    }

    private void track(MouseEvent e) {
        pointerAt(e.getX(), e.getY());
    }

    private void pointerAt(double x, double y) {
        vm.pointerProperty().set(vm.currentPage().isPresent() ? pagePoint(x, y) : null);
    }

    private void pressed(MouseEvent e) {
        view.canvas().requestFocus();
        lastX = e.getX();
        lastY = e.getY();
        if (spaceDown || e.getButton() == MouseButton.MIDDLE) {
            panning = true;
            view.canvas().setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY || text.pressed(e) || table.pressed(e)) return;
        pressX = e.getX();
        pressY = e.getY();
        if (vm.toolProperty().get() == Tool.THREAD) {
            PagePoint p = pagePoint(e.getX(), e.getY());
            vm.edits().threadClick(p.x(), p.y(), (int) Math.round(HIT_SLOP / view.transform().scale()));
            return;
        }
        if (vm.toolProperty().get() != Tool.SELECT) {
            drawFrom = pagePoint(e.getX(), e.getY());
            return;
        }
        dragStarted = false;
        contentFrame = null;
        dragging = null;
        handle = -1;
        scaling = false;
        bandFrom = null;
        int h = view.handleAt(e.getX(), e.getY());
        if (h >= 0) {
            handle = h;
            if (vm.selectedIds().size() > 1) scaling = true;
            else dragging = vm.selected().orElseThrow();
            return;
        }
        PagePoint p = pagePoint(e.getX(), e.getY());
        int slack = (int) Math.round(HIT_SLOP / view.transform().scale());
        var hit = vm.frameAt(p.x(), p.y(), slack);
        if (contentDrag(e) && hit.isPresent() && hit.get().kind() == paiban.layout.FrameKind.IMAGE) {
            // Ctrl+Alt (⌘⌥) on a photo: its picture moves inside the frame, which keeps cropping it
            vm.selectSingleAt(p.x(), p.y(), slack);
            var pic = vm.edits().selectedPicture().filter(x -> x.pixelsWide() > 0 && !x.frame().locked());
            if (pic.isPresent()) {
                contentFrame = hit.get().frameId();
                contentFrom = pic.get().placement();
                return;
            }
        }
        boolean single = e.isShortcutDown() || e.isControlDown();
        if (hit.isEmpty()) {
            // empty page: a rubber band; a plain press clears the selection at once, Shift keeps it
            if (!e.isShiftDown()) vm.clearSelection();
            bandFrom = p;
            bandAdds = e.isShiftDown();
            return;
        }
        if (e.isShiftDown()) {
            vm.toggleAt(p.x(), p.y(), slack, single);
            return;
        }
        if (single) vm.selectSingleAt(p.x(), p.y(), slack);
        else if (vm.isSelected(hit.get().frameId())) vm.makePrimary(hit.get().frameId()); // drag the whole selection
        else vm.selectAt(p.x(), p.y(), slack);
        vm.selected().filter(o -> !o.locked()).ifPresent(o -> dragging = o);
    }

    private void dragged(MouseEvent e) {
        track(e);
        if (text.dragged(e) || table.dragged(e)) return;
        if (panning) {
            view.scrollBy(lastX - e.getX(), lastY - e.getY());
        } else if (drawFrom != null) {
            vm.dragPreviewProperty().set(vm.edits().drawn(drawFrom, pagePoint(e.getX(), e.getY()), snap(e)));
        } else if (bandFrom != null) {
            if (Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) vm.rubberBandProperty().set(band(e));
        } else if (contentFrame != null) {
            PagePoint d = dragDelta(e);
            vm.dragPreviewProperty().set(contentFrom.moved(d.x(), d.y()));
        } else if (dragging != null || scaling) {
            if (!dragStarted && Math.hypot(e.getX() - pressX, e.getY() - pressY) >= DRAG_THRESHOLD) dragStarted = true;
            if (dragStarted) showPreview(e);
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    /** How far the pointer went since the press, on the page. */
    private PagePoint dragDelta(MouseEvent e) {
        double scale = view.transform().scale();
        return new PagePoint((int) Math.round((e.getX() - pressX) / scale), (int) Math.round((e.getY() - pressY) / scale));
    }

    /** The dragged frame's bounds for the pointer at {@code e}; Alt drags free of the grid. */
    private Rect preview(MouseEvent e) {
        PagePoint d = dragDelta(e);
        return handle < 0 ? vm.edits().moved(dragging.bounds(), dragging.kind() == paiban.layout.FrameKind.RULE, d.x(), d.y(), snap(e))
                : vm.edits().resized(dragging.bounds(), handle, d.x(), d.y(), snap(e));
    }

    /** The dragged frame's preview and, for a multiple selection, where each of its frames goes. */
    private void showPreview(MouseEvent e) {
        if (scaling) {
            PagePoint d = dragDelta(e);
            Map<String, Rect> scaled = vm.edits().scaledFrames(handle, d.x(), d.y(), snap(e));
            vm.movePreviewProperty().set(List.copyOf(scaled.values()));
            vm.edits().showLive(scaled);
            return;
        }
        Rect to = preview(e);
        vm.dragPreviewProperty().set(to);
        if (handle < 0 && vm.selectedIds().size() > 1) {
            Map<String, Rect> moved = vm.edits().movedFrames(to.x() - dragging.bounds().x(), to.y() - dragging.bounds().y());
            vm.movePreviewProperty().set(List.copyOf(moved.values()));
            vm.edits().showLive(moved);
        } else {
            vm.edits().showLive(Map.of(dragging.frameId(), to));
        }
    }

    /** The rubber band from the press to the pointer at {@code e}, on the page. */
    private Rect band(MouseEvent e) {
        PagePoint to = pagePoint(e.getX(), e.getY());
        return new Rect(Math.min(bandFrom.x(), to.x()), Math.min(bandFrom.y(), to.y()),
                Math.abs(to.x() - bandFrom.x()), Math.abs(to.y() - bandFrom.y()));
    }

    /** Ctrl+Alt (⌘⌥ on a Mac) held: a drag on a photo moves its picture, not its frame. */
    private static boolean contentDrag(MouseEvent e) {
        return e.isAltDown() && (e.isShortcutDown() || e.isControlDown());
    }

    private int snap(MouseEvent e) {
        return e.isAltDown() ? 0 : (int) Math.round(SNAP_PIXELS / view.transform().scale());
    }

    private void released(MouseEvent e) {
        if (text.released(e) || table.released(e)) return;
        if (drawFrom != null) {
            Rect r = vm.edits().drawn(drawFrom, pagePoint(e.getX(), e.getY()), snap(e));
            drawFrom = null;
            vm.dragPreviewProperty().set(null);
            // Shift held as the drag ends: a text or headline frame set vertically (竖排)
            vm.edits().createFrame(r, e.isShiftDown() ? paiban.model.frame.WritingMode.VERTICAL
                    : paiban.model.frame.WritingMode.HORIZONTAL);
            return;
        }
        if (bandFrom != null) {
            Rect band = vm.rubberBandProperty().get();
            vm.rubberBandProperty().set(null);
            bandFrom = null;
            if (band != null) vm.selectTouching(band, bandAdds);
            return;
        }
        if (contentFrame != null) {
            PagePoint d = dragDelta(e);
            vm.dragPreviewProperty().set(null);
            vm.edits().moveImageContent(contentFrame, d.x(), d.y());
            contentFrame = null;
            return;
        }
        vm.edits().showLive(Map.of());
        if (scaling && dragStarted) {
            PagePoint d = dragDelta(e);
            vm.movePreviewProperty().set(List.of());
            vm.edits().scaleSelection(handle, d.x(), d.y(), snap(e));
        } else if (dragging != null && dragStarted) {
            Rect to = preview(e);
            vm.dragPreviewProperty().set(null);
            vm.movePreviewProperty().set(List.of());
            // the dragged frame's snapped offset moves the whole selection, as one undo step
            if (handle < 0) vm.edits().moveSelection(to.x() - dragging.bounds().x(), to.y() - dragging.bounds().y());
            else vm.edits().setBounds(dragging.frameId(), to);
        }
        dragging = null;
        scaling = false;
        dragStarted = false;
        if (panning) {
            panning = false;
            view.canvas().setCursor(spaceDown ? Cursor.OPEN_HAND : restingCursor());
        }
    }

    private void scrolled(ScrollEvent e) {
        if (e.isControlDown() || e.isShortcutDown()) {
            if (e.getDeltaY() == 0) return;
            double factor = e.getDeltaY() > 0 ? WHEEL_ZOOM : 1 / WHEEL_ZOOM;
            view.zoomAround(CanvasViewModel.clamp(vm.zoom() * factor), e.getX(), e.getY());
        } else if (e.isShiftDown()) {
            view.scrollBy(-(e.getDeltaX() != 0 ? e.getDeltaX() : e.getDeltaY()), 0);
        } else {
            view.scrollBy(-e.getDeltaX(), -e.getDeltaY());
        }
        // the page moved under a pointer that did not: the status bar says where it is now
        pointerAt(e.getX(), e.getY());
        e.consume();
    }

    private void keyPressed(KeyEvent e) {
        KeyCode code = e.getCode();
        if (code == KeyCode.SPACE) {
            spaceDown = true;
            if (!panning) view.canvas().setCursor(Cursor.OPEN_HAND);
            e.consume();
        } else if (!e.isShortcutDown() && (code == KeyCode.PLUS || code == KeyCode.EQUALS || code == KeyCode.ADD)) {
            zoomAtCentre(true);
            e.consume();
        } else if (!e.isShortcutDown() && (code == KeyCode.MINUS || code == KeyCode.SUBTRACT)) {
            zoomAtCentre(false);
            e.consume();
        } else if (code == KeyCode.ESCAPE) {
            vm.clearSelection();
            vm.toolProperty().set(Tool.SELECT);
        } else if (code == KeyCode.A && e.isShortcutDown() && !e.isShiftDown() && !e.isAltDown()) {
            vm.selectAll();
            e.consume();
        } else if ((code == KeyCode.DELETE || code == KeyCode.BACK_SPACE) && !e.isShortcutDown()) {
            vm.edits().deleteSelected();
            e.consume();
        } else if (toolFor(e) != null) {
            vm.toolProperty().set(toolFor(e));
            e.consume();
        } else if (code.isArrowKey() && !e.isShortcutDown() && vm.selected().isPresent()) {
            int n = e.isShiftDown() ? 5 : 1;
            switch (code) {
                case LEFT, KP_LEFT -> vm.edits().nudge(-n, 0);
                case RIGHT, KP_RIGHT -> vm.edits().nudge(n, 0);
                case UP, KP_UP -> vm.edits().nudge(0, -n);
                default -> vm.edits().nudge(0, n);
            }
            e.consume();
        } else if (code == KeyCode.PAGE_DOWN) {
            vm.showPage(vm.pageIndex() + 1);
            e.consume();
        } else if (code == KeyCode.PAGE_UP) {
            vm.showPage(vm.pageIndex() - 1);
            e.consume();
        }
    }

    private static Tool toolFor(KeyEvent e) {
        if (e.isShortcutDown() || e.isAltDown()) return null;
        for (Tool t : Tool.values()) if (t.key() == e.getCode()) return t;
        return null;
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            if (!panning) view.canvas().setCursor(restingCursor());
            e.consume();
        }
    }

    private Cursor restingCursor() {
        return vm.toolProperty().get() == Tool.SELECT ? Cursor.DEFAULT : Cursor.CROSSHAIR;
    }

    private void zoomAtCentre(boolean in) {
        view.zoomStep(in);
    }
}
