package paiban.ui;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.TextInputControl;
import org.fxmisc.richtext.GenericStyledArea;
import paiban.ui.canvas.CanvasViewModel;
import paiban.ui.canvas.FrameClipboard;
import paiban.ui.canvas.text.CanvasClipboard;
import paiban.ui.canvas.text.CanvasTextModel;

/**
 * 编辑 → 剪切 / 复制 / 粘贴 / 全选 act on what has the focus, through that
 * control's own code: a text field, the story editor, the canvas in text mode
 * (its keys' code), the canvas outside it or any other part of the window that
 * edits no text (the selected frames are cut, copied and pasted; 全选 selects
 * the page's frames, as Ctrl+A on the canvas does). A control that takes the keys itself consumes them, so
 * the menu's accelerator only acts when nothing else did.
 */
final class ClipboardCommands {
    /** What one focused control does for each command; a missing one is null. */
    record Target(Runnable cut, Runnable copy, Runnable paste, Runnable selectAll) {
        static final Target NONE = new Target(null, null, null, null);
    }

    private final Supplier<Node> focusOwner;
    private final Node canvas;
    private final CanvasViewModel canvasModel;

    ClipboardCommands(Supplier<Node> focusOwner, Node canvas, CanvasViewModel canvasModel) {
        this.focusOwner = focusOwner;
        this.canvas = canvas;
        this.canvasModel = canvasModel;
    }

    void cut() { run(target().cut()); }

    void copy() { run(target().copy()); }

    void paste() { run(target().paste()); }

    void selectAll() { run(target().selectAll()); }

    Target target() {
        Node focused = focusOwner.get();
        if (focused instanceof TextInputControl t) return new Target(t::cut, t::copy, t::paste, t::selectAll);
        if (focused instanceof GenericStyledArea<?, ?, ?> a) {
            return a.isDisabled() ? Target.NONE : new Target(a::cut, a::copy, a::paste, a::selectAll);
        }
        CanvasTextModel text = canvasModel.text();
        if (focused != null && focused == canvas && text.active()) {
            return new Target(() -> CanvasClipboard.cut(text), () -> CanvasClipboard.copy(text),
                    () -> CanvasClipboard.paste(text), () -> CanvasClipboard.selectAll(text));
        }
        // the canvas outside text mode, or a part of the window that edits no text (a page just picked in the
        // pages panel): the page's frames, as a designer who picked a page and pressed Ctrl+V expects
        FrameClipboard frames = canvasModel.frameClipboard();
        boolean selected = !canvasModel.selectedIds().isEmpty();
        return new Target(selected ? frames::cut : null, selected ? frames::copy : null,
                frames.hasFrames() ? frames::paste : null, canvasModel::selectAll);
    }

    private static void run(Runnable r) {
        if (r != null) r.run();
    }
}
