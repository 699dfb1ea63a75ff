package paiban.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Tells the user what went wrong, in words, without a stack trace. */
public final class ErrorDialog {
    private ErrorDialog() {}

    /** Shows the dialog without blocking, so it also works while the window is starting. */
    public static Alert show(Window owner, String title, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        if (owner != null) alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(header);
        Label text = new Label(message);
        text.setWrapText(true);
        text.setId("error-message");
        text.setMaxWidth(520);
        alert.getDialogPane().setContent(text);
        alert.getDialogPane().setStyle(UiFonts.rootStyle());
        alert.show();
        return alert;
    }
}
