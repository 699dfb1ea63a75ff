package paiban.ui.canvas.text;

import java.util.function.Supplier;

import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.input.InputMethodRequests;
import paiban.render.fx.ScreenTransform;

/**
 * What an input method asks the canvas: where to put its candidate window
 * (under the caret) and what is selected. Committed text arrives as an
 * InputMethodEvent that {@link CanvasTextInput} types into the story.
 */
final class CanvasInputMethod implements InputMethodRequests {
    private final CanvasTextModel model;
    private final Node node;
    private final Supplier<ScreenTransform> transform;

    CanvasInputMethod(CanvasTextModel model, Node node, Supplier<ScreenTransform> transform) {
        this.model = model;
        this.node = node;
        this.transform = transform;
    }

    @Override
    public Point2D getTextLocation(int offset) {
        ScreenTransform at = transform.get();
        return model.caretPlace()
                .map(p -> node.localToScreen(at.x(p.x()), at.y(p.bottom())))
                .orElseGet(() -> node.localToScreen(0, 0));
    }

    @Override
    public int getLocationOffset(int x, int y) {
        return 0;
    }

    @Override
    public void cancelLatestCommittedText() {
        // committed text is already an edit of the story; Ctrl+Z takes it back
    }

    @Override
    public String getSelectedText() {
        return model.selectedText();
    }
}
