package paiban.ui.canvas;

import javafx.scene.Cursor;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import paiban.render.fx.ScreenTransform;

/**
 * Input on the page canvas turned into view-model actions: click selects a
 * frame, Ctrl+wheel zooms about the pointer, the wheel scrolls, space-drag
 * and middle-drag pan, +/- zoom. Sits beside {@link PageCanvasView} so the
 * view only draws.
 */
final class CanvasBehavior {
    /** Pointer slack for hitting thin frames, pixels. */
    static final double HIT_SLOP = 4;
    private static final double WHEEL_ZOOM = 1.15;

    private final PageCanvasView view;
    private final CanvasViewModel vm;
    private boolean spaceDown;
    private boolean panning;
    private double lastX, lastY;

    CanvasBehavior(PageCanvasView view, CanvasViewModel vm) {
        this.view = view;
        this.vm = vm;
    }

    void install() {
        var canvas = view.canvas();
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
        vm.pointerProperty().set(vm.currentPage().isPresent() ? pagePoint(e.getX(), e.getY()) : null);
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
        if (e.getButton() == MouseButton.PRIMARY) {
            PagePoint p = pagePoint(e.getX(), e.getY());
            vm.selectAt(p.x(), p.y(), (int) Math.round(HIT_SLOP / view.transform().scale()));
        }
    }

    private void dragged(MouseEvent e) {
        track(e);
        if (panning) {
            view.scrollBy(lastX - e.getX(), lastY - e.getY());
        }
        lastX = e.getX();
        lastY = e.getY();
    }

    private void released(MouseEvent e) {
        if (panning) {
            panning = false;
            view.canvas().setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
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
            vm.selectedFrameIdProperty().set("");
        } else if (code == KeyCode.PAGE_DOWN) {
            vm.showPage(vm.pageIndex() + 1);
            e.consume();
        } else if (code == KeyCode.PAGE_UP) {
            vm.showPage(vm.pageIndex() - 1);
            e.consume();
        }
    }

    private void keyReleased(KeyEvent e) {
        if (e.getCode() == KeyCode.SPACE) {
            spaceDown = false;
            if (!panning) view.canvas().setCursor(Cursor.DEFAULT);
            e.consume();
        }
    }

    private void zoomAtCentre(boolean in) {
        view.zoomStep(in);
    }
}
