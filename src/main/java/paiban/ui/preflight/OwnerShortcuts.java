package paiban.ui.preflight;

import java.util.Map;

import javafx.scene.Scene;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.stage.Window;

/**
 * A tool window that stays open beside the main window (the findings list)
 * takes the keyboard while it has the focus; without this the main window's
 * menu shortcuts (Ctrl+Q, Ctrl+S, Ctrl+E …) would do nothing then. A key the
 * tool window's own controls leave unconsumed runs the owner's accelerator.
 */
final class OwnerShortcuts {
    private OwnerShortcuts() {}

    static void forward(Scene tool, Window owner) {
        tool.addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.isConsumed() || owner == null || owner.getScene() == null) return;
            for (Map.Entry<KeyCombination, Runnable> a : Map.copyOf(owner.getScene().getAccelerators()).entrySet()) {
                if (a.getKey().match(e)) {
                    e.consume();
                    a.getValue().run();
                    return;
                }
            }
        });
    }
}
