package paiban.ui.preflight;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Circle;
import paiban.preflight.Finding;
import paiban.ui.Messages;

/**
 * A finding in a list: a red or amber dot, 错误 / 警告 and the checker's one
 * line, in the interface's language (read when the cell is drawn, so a
 * language switch shows on the next refresh).
 */
public final class FindingCell extends ListCell<Finding> {
    private final Circle dot = new Circle(5);
    private final Label kind = new Label();
    private final Label text = new Label();
    private final HBox box = new HBox(8, dot, kind, text);

    public FindingCell() {
        box.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        kind.setMinWidth(USE_PREF_SIZE);
        kind.getStyleClass().add("finding-kind");
        // long messages (file paths) wrap inside the list instead of scrolling it sideways
        text.setWrapText(true);
        text.setMinWidth(0);
        HBox.setHgrow(text, javafx.scene.layout.Priority.ALWAYS);
        setPrefWidth(0);
        listViewProperty().addListener((o, was, now) -> {
            text.maxWidthProperty().unbind();
            if (now != null) text.maxWidthProperty().bind(now.widthProperty().subtract(110));
        });
        setGraphic(null);
    }

    @Override
    protected void updateItem(Finding f, boolean empty) {
        super.updateItem(f, empty);
        if (empty || f == null) {
            setGraphic(null);
            setText(null);
            return;
        }
        dot.setFill(PreflightLight.colour(f.isError() ? Light.RED : Light.AMBER));
        kind.setText(Messages.get(f.isError() ? "preflight.error" : "preflight.warning"));
        text.setText(text(f));
        setText(null);
        setGraphic(box);
    }

    /** The finding's line in the interface's language. */
    public static String text(Finding f) {
        return f.message(Messages.bundle().getLocale());
    }
}
