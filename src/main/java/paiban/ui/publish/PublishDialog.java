package paiban.ui.publish;

import java.util.concurrent.Executor;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import paiban.ui.Messages;
import paiban.ui.files.OutputFolder;
import paiban.ui.UiFonts;

/**
 * 文件 → 发布数字报…: the folder, a progress bar and Cancel while the site is
 * written in the background, then the notes. State in {@link PublishViewModel}.
 */
public final class PublishDialog {
    private final PublishViewModel vm;
    private final Stage stage = new Stage();

    public PublishDialog(PublishViewModel vm, Window owner, Executor executor) {
        this.vm = vm;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("publish.title"));

        Label intro = new Label(Messages.get("publish.intro"));
        intro.setWrapText(true);
        TextField folder = new TextField(vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString());
        folder.setId("publish-folder");
        folder.setPrefColumnCount(30);
        folder.textProperty().addListener((o, was, now) -> vm.folderProperty().set(OutputFolder.parse(now)));
        vm.folderProperty().addListener((o, was, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(folder.getText())) folder.setText(text);
        });
        folder.disableProperty().bind(vm.runningProperty());
        Button choose = new Button(Messages.get("publish.folder.choose"));
        choose.setOnAction(e -> OutputFolder.choose(stage, Messages.get("publish.folder"), vm.folderProperty()));
        choose.disableProperty().bind(vm.runningProperty());
        HBox folderRow = new HBox(6, new Label(Messages.get("publish.folder")), folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(folder, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("publish-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("publish-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());
        ListView<String> notes = new ListView<>(vm.notes());
        notes.setId("publish-notes");
        notes.setPrefHeight(120);
        VBox.setVgrow(notes, Priority.ALWAYS);

        Button start = new Button(Messages.get("publish.start"));
        start.setId("publish-start");
        start.setDefaultButton(true);
        start.disableProperty().bind(vm.runningProperty());
        start.setOnAction(e -> vm.start(executor));
        Button cancel = new Button(Messages.get("publish.cancel"));
        cancel.setId("publish-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(Messages.get("publish.close"));
        close.setId("publish-close");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, spring, cancel, close, start);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, intro, folderRow, bar, status, new Label(Messages.get("publish.notes")), notes, buttons);
        root.setPadding(new Insets(14));
        root.setStyle(UiFonts.rootStyle());
        double[] size = paiban.ui.DialogSizes.shared().size("publish", 620, 400); // as the designer left it, else readable
        Scene scene = new Scene(root, size[0], size[1]);
        paiban.ui.DialogSizes.shared().remember(stage, "publish");
        var css = paiban.ui.MainWindow.class.getResource("paiban.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.runningProperty().get()) vm.cancel();
        });
        stage.setScene(scene);
        stage.setOnCloseRequest(e -> { if (vm.runningProperty().get()) e.consume(); });
    }

    public Stage stage() { return stage; }

    public PublishViewModel viewModel() { return vm; }

    public void show() {
        stage.show();
        stage.toFront();
    }
}
