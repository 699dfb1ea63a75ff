package paiban.ui.bench;

import java.util.Random;

import javafx.event.Event;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import paiban.model.Rect;
import paiban.render.fx.ScreenTransform;
import paiban.ui.MainWindow;
import paiban.ui.canvas.FrameOutline;

/**
 * The editor as the hand feels it: the main window on the sample edition, headless (Monocle,
 * software pipeline), a text frame on the full page 1 dragged 60 steps of 15 pixels around a
 * square. Each step's time runs from the pointer event (fired on the canvas) until the canvas has
 * painted that step: the event handled (live recomposition included), the page and overlay drawn,
 * the next pulse rendered ({@link StepToPaint}). A step waits for the previous one plus a random
 * pause of up to one frame, so the pulse cadence (60 a second) is met at random phases, as a hand
 * meets it.
 */
public final class CanvasDragBenchmark extends WindowStepBenchmark {
    static final String FRAME = "p1-lead-1";
    static final int STEPS = 60, STEP_PIXELS = 15;

    @Override public String name() { return "canvas-drag"; }

    @Override public String summary() {
        return "editor window headless: 60-step drag of a text frame on the sample's page 1, step-to-paint (target median < 16 ms, p99 < 33 ms)";
    }

    @Override int steps(boolean quick) { return quick ? 10 : STEPS; }

    @Override String header(int steps, int rounds, int warm) {
        return String.format("canvas-drag: %d steps of %d px dragging %s on the sample's page 1 (headless, %s pipeline), %d round(s) after %d warm-up",
                steps, STEP_PIXELS, FRAME, pipeline(), rounds, warm);
    }

    /** One drag of {@code steps} around a square and back, released where it began. */
    @Override void round(MainWindow window, int steps, Random pause, StepToPaint timing, boolean record) throws Exception {
        double[] start = HeadlessFx.call(() -> {
            FrameOutline o = window.canvasModel().outlines().stream().filter(f -> f.frameId().equals(FRAME))
                    .findFirst().orElseThrow();
            Rect b = o.bounds();
            ScreenTransform at = window.canvas().transform();
            double x = at.x(b.x() + b.width() / 2), y = at.y(b.y() + Math.min(b.height() / 2, b.width() / 2));
            fire(window.canvas().canvas(), MouseEvent.MOUSE_PRESSED, x, y);
            return new double[] {x, y};
        });
        StepToPaint.settle();
        int side = Math.max(1, steps / 4);
        double x = start[0], y = start[1];
        Canvas canvas = HeadlessFx.call(() -> window.canvas().canvas());
        for (int i = 0; i < steps; i++) {
            int leg = Math.min(3, i / side);
            x += leg == 0 ? STEP_PIXELS : leg == 2 ? -STEP_PIXELS : 0;
            y += leg == 1 ? STEP_PIXELS : leg == 3 ? -STEP_PIXELS : 0;
            Thread.sleep(pause.nextInt(17));
            double px = x, py = y;
            Rect[] expected = new Rect[1];
            timing.step(canvas.getScene(), () -> {
                fire(canvas, MouseEvent.MOUSE_DRAGGED, px, py);
                expected[0] = window.canvasModel().dragPreviewProperty().get();
            }, () -> window.canvas().drawnOutlines().stream()
                    // the pulse that follows the paint of this step renders it
                    .anyMatch(o -> o.frameId().equals(FRAME) && o.bounds().equals(expected[0])), record);
        }
        double endX = x, endY = y;
        HeadlessFx.call(() -> {
            int depth = window.undoStack().depth();
            fire(canvas, MouseEvent.MOUSE_RELEASED, endX, endY);
            if (window.undoStack().depth() > depth) window.undoStack().undo();
            return null;
        });
        StepToPaint.settle();
    }

    /** A primary-button event at canvas point (x, y); the event carries scene coordinates, as the window's do. */
    private static void fire(Canvas canvas, javafx.event.EventType<MouseEvent> type, double x, double y) {
        var scene = canvas.localToScene(x, y);
        var screen = canvas.localToScreen(x, y);
        Event.fireEvent(canvas, new MouseEvent(type, scene.getX(), scene.getY(), screen.getX(), screen.getY(),
                MouseButton.PRIMARY, 1, false, false, false, false, true, false, false, false, false, false, null));
    }
}
