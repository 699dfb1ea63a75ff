package paiban.ui;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.stage.Window;

/** Tells the user what went wrong, in words, without a stack trace. */
public final class ErrorDialog {
    private ErrorDialog() {}

    /**
     * 确定 in the interface's language: JavaFX's own OK keeps the language
     * the program started in, which a switch in 界面语言 would not follow.
     */
    public static javafx.scene.control.ButtonType okButton() {
        return new javafx.scene.control.ButtonType(Messages.get("dialog.ok"), javafx.scene.control.ButtonBar.ButtonData.OK_DONE);
    }

    /** Shows the dialog without blocking, so it also works while the window is starting. */
    public static Alert show(Window owner, String title, String header, String message) {
        paiban.log.Log.of(ErrorDialog.class).log(System.Logger.Level.INFO, header + ": " + message);
        Alert alert = new Alert(Alert.AlertType.ERROR, "", okButton());
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
