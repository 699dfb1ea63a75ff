package paiban.ui.bench;

import java.util.Random;

import javafx.event.Event;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import paiban.layout.PageLayout;
import paiban.model.Rect;
import paiban.ui.MainWindow;
import paiban.ui.canvas.FrameOutline;

/**
 * Typing on the page as the hand feels it: the main window on the sample edition, headless, the
 * caret put in the lead story on the full page 1 (text mode on the canvas), then 60 characters
 * typed a round. Each keystroke's time runs from the key event fired on the canvas until the
 * canvas has painted the page as the keystroke left it and that frame is rendered
 * ({@link StepToPaint}): the edit, the story's re-layout, the story editor, panels and status bar
 * following, the page's changed lines and the caret drawn. Keystrokes come at random moments
 * within a frame, as the drag's steps do. Each round is undone afterwards.
 */
public final class CanvasTypingBenchmark extends WindowStepBenchmark {
    static final String FRAME = CanvasDragBenchmark.FRAME;
    static final int KEYS = 60;
    private static final String TEXT = "滨江两岸四十二公里岸线今日全线贯通沿江步道骑行道和亲水平台首次连成一体";

    @Override public String name() { return "canvas-typing"; }

    @Override public String summary() {
        return "editor window headless: 60 characters typed in the lead story on the sample's page 1, keystroke-to-paint";
    }

    @Override int steps(boolean quick) { return quick ? 10 : KEYS; }

    @Override String header(int steps, int rounds, int warm) {
        return String.format("canvas-typing: %d keystrokes in %s on the sample's page 1 (headless, %s pipeline), %d round(s) after %d warm-up",
                steps, FRAME, pipeline(), rounds, warm);
    }

    /** Puts the caret in the lead's frame, types {@code keys} characters, undoes them. */
    @Override void round(MainWindow window, int keys, Random pause, StepToPaint timing, boolean record) throws Exception {
        int depth = HeadlessFx.call(() -> {
            FrameOutline o = window.canvasModel().outlines().stream().filter(f -> f.frameId().equals(FRAME))
                    .findFirst().orElseThrow();
            Rect b = o.bounds();
            window.canvas().canvas().requestFocus();
            if (!window.canvasModel().text().enter(FRAME, b.x() + b.width() / 3, b.y() + b.height() / 3)) {
                throw new IllegalStateException("no caret in " + FRAME);
            }
            return window.undoStack().depth();
        });
        StepToPaint.settle();
        Canvas canvas = HeadlessFx.call(() -> window.canvas().canvas());
        for (int i = 0; i < keys; i++) {
            Thread.sleep(pause.nextInt(17));
            String ch = String.valueOf(TEXT.charAt(i % TEXT.length()));
            PageLayout[] before = new PageLayout[1];
            timing.step(canvas.getScene(), () -> {
                before[0] = window.canvas().paintedPage();
                Event.fireEvent(canvas, new KeyEvent(KeyEvent.KEY_TYPED, ch, "", KeyCode.UNDEFINED, false, false, false, false));
            }, () -> {
                PageLayout painted = window.canvas().paintedPage();
                return painted != before[0] && painted == window.canvasModel().shownLayout().orElse(null);
            }, record);
        }
        HeadlessFx.call(() -> {
            if (window.undoStack().depth() <= depth) throw new IllegalStateException("the keystrokes made no edit");
            while (window.undoStack().depth() > depth) window.undoStack().undo();
            window.canvasModel().text().leave();
            return null;
        });
        StepToPaint.settle();
    }
}
