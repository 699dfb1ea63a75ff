package paiban.ui;

import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import paiban.ui.preflight.PreflightList;

/**
 * The findings window, once opened, keeps its texts: after a language switch
 * its title, its hint and the 错误 / 警告 tags of its rows are set again here.
 */
final class PreflightListTexts {
    private PreflightListTexts() {}

    /** @param oldHint the hint's text in the language just left */
    static void relabel(PreflightList list, String oldHint) {
        list.view().refresh();
        if (list.stage() == null) return;
        list.stage().setTitle(Messages.get("preflight.title"));
        if (list.stage().getScene() != null) replace(list.stage().getScene().getRoot(), oldHint, Messages.get("preflight.hint"));
    }

    private static void replace(Node node, String old, String now) {
        if (node instanceof Labeled l && !l.textProperty().isBound() && old.equals(l.getText())) l.setText(now);
        if (node instanceof Parent p) for (Node child : p.getChildrenUnmodifiable()) replace(child, old, now);
    }
}
