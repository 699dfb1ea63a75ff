package paiban.ui.preflight;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import paiban.preflight.Finding;
import paiban.ui.Messages;
import paiban.ui.UiFonts;

/** The window listing preflight's findings; a click on one goes to its page and frame. */
public final class PreflightList {
    private final PreflightViewModel vm;
    private final ListView<Finding> view;
    private Stage stage;

    PreflightList(PreflightViewModel vm) {
        this.vm = vm;
        this.view = new ListView<>(vm.findings());
        view.setId("preflight-findings");
        view.setCellFactory(v -> new FindingCell());
        view.getSelectionModel().selectedItemProperty().addListener((o, was, now) -> {
            if (now != null) vm.select(now);
        });
        // a second click on the same finding goes there again (after the designer looked elsewhere)
        view.setOnMouseClicked(e -> {
            Finding f = view.getSelectionModel().getSelectedItem();
            if (f != null) vm.select(f);
        });
    }

    public ListView<Finding> view() { return view; }

    public Stage stage() { return stage; }

    /**
     * Hides the window; the main window gets the keyboard back (a window
     * manager may leave the focus nowhere, and then no shortcut would work).
     */
    public void close() {
        if (stage != null && stage.isShowing()) stage.hide();
    }

    public void show(Window owner) {
        if (stage == null) {
            stage = new Stage();
            if (owner != null) stage.initOwner(owner);
            stage.setTitle(Messages.get("preflight.title"));
            Label summary = new Label();
            summary.textProperty().bind(vm.summaryProperty());
            Label hint = new Label(Messages.get("preflight.hint"));
            hint.setStyle("-fx-text-fill: #555555;");
            VBox root = new VBox(8, summary, view, hint);
            VBox.setVgrow(view, Priority.ALWAYS);
            root.setPadding(new Insets(10));
            root.setStyle(UiFonts.rootStyle());
            double[] size = paiban.ui.DialogSizes.shared().size("preflight", 620, 360); // as the designer left it, else readable
            Scene scene = new Scene(root, size[0], size[1]);
            paiban.ui.DialogSizes.shared().remember(stage, "preflight");
            // Escape closes it as it does a dialog; the main window's shortcuts keep working while it has the focus
            scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    e.consume();
                    close();
                }
            });
            // closed by Escape or by the window's own button: the keyboard goes back to the main window
            stage.setOnHidden(e -> {
                if (stage.getOwner() instanceof Stage main && main.isShowing()) main.requestFocus();
            });
            OwnerShortcuts.forward(scene, owner);
            stage.setScene(scene);
        }
        stage.show();
        stage.toFront();
    }
}
