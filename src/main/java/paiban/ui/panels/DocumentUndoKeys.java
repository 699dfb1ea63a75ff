package paiban.ui.panels;

import java.util.function.BooleanSupplier;

import javafx.scene.Node;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;

/**
 * Ctrl+Z and Ctrl+Shift+Z in a panel field. A text field (also the one
 * inside an editable drop-down) consumes them for its own undo, so the
 * menu's accelerators never see them and the document's undo seemed dead
 * while a field had the focus. The field keeps them while it holds typing
 * not yet committed (taking back its own keystrokes); otherwise its text is
 * the model's value and they go to the document's undo and redo.
 */
final class DocumentUndoKeys {
    private static final KeyCombination UNDO = new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination REDO =
            new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN);

    private final Runnable undo;
    private final Runnable redo;

    DocumentUndoKeys(Runnable undo, Runnable redo) {
        this.undo = undo;
        this.redo = redo;
    }

    /** @param typing whether {@code field} holds typing of its own not yet committed */
    void install(Node field, BooleanSupplier typing) {
        // a filter: it runs before the field's own key handling, which would consume the keys
        field.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            boolean isUndo = UNDO.match(e);
            if (!isUndo && !REDO.match(e)) return;
            if (typing.getAsBoolean()) return;
            e.consume();
            (isUndo ? undo : redo).run();
        });
    }
}
