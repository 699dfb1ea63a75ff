package paiban.ui.export;

import java.util.concurrent.Executor;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import paiban.preflight.Finding;
import paiban.ui.ConfirmDialog;
import paiban.ui.Messages;
import paiban.ui.files.OutputFolder;
import paiban.ui.UiFonts;
import paiban.ui.preflight.FindingCell;

/**
 * 导出 PDF (Ctrl+E): the pages, one file or one per page, crop marks and
 * the folder; preflight's findings above the button; the export runs in the
 * background with a progress bar and a Cancel that stops between pages.
 * All state is in {@link ExportViewModel}.
 */
public final class ExportDialog {
    private final ExportViewModel vm;
    private final Stage stage = new Stage();
    private final Executor executor;
    private java.util.function.Consumer<Finding> showFinding = f -> { };

    public ExportDialog(ExportViewModel vm, Window owner, Executor executor) {
        this.vm = vm;
        this.executor = executor;
        if (owner != null) {
            stage.initOwner(owner);
            stage.initModality(Modality.WINDOW_MODAL);
        }
        stage.setTitle(Messages.get("export.title"));

        ToggleGroup pageGroup = new ToggleGroup();
        RadioButton all = radio("export.pages.all", "export-all", pageGroup);
        RadioButton some = radio("export.pages.list", "export-some", pageGroup);
        (vm.allPagesProperty().get() ? all : some).setSelected(true);
        all.selectedProperty().addListener((o, was, now) -> vm.allPagesProperty().set(now));
        TextField list = new TextField();
        list.setId("export-page-list");
        list.setPromptText(Messages.get("export.pages.prompt"));
        list.textProperty().bindBidirectional(vm.pageListProperty());
        list.disableProperty().bind(vm.allPagesProperty());

        ToggleGroup fileGroup = new ToggleGroup();
        RadioButton perPage = radio("export.files.perPage", "export-per-page", fileGroup);
        RadioButton single = radio("export.files.single", "export-single", fileGroup);
        (vm.singleProperty().get() ? single : perPage).setSelected(true);
        single.selectedProperty().addListener((o, was, now) -> vm.singleProperty().set(now));

        CheckBox marks = new CheckBox(Messages.get("export.marks"));
        marks.setId("export-marks");
        marks.selectedProperty().bindBidirectional(vm.cropMarksProperty());

        TextField folder = new TextField();
        folder.setId("export-folder");
        folder.setPrefColumnCount(28);
        folder.setText(vm.folderProperty().get() == null ? "" : vm.folderProperty().get().toString());
        folder.textProperty().addListener((o, was, now) -> vm.folderProperty().set(OutputFolder.parse(now)));
        vm.folderProperty().addListener((o, was, now) -> {
            String text = now == null ? "" : now.toString();
            if (!text.equals(folder.getText())) folder.setText(text);
        });
        Button choose = new Button(Messages.get("export.folder.choose"));
        choose.setOnAction(e -> OutputFolder.choose(stage, Messages.get("export.folder"), vm.folderProperty()));
        HBox folderRow = new HBox(6, folder, choose);
        HBox.setHgrow(folder, Priority.ALWAYS);

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(8);
        form.addRow(0, label("export.pages"), new HBox(12, all, some, list));
        form.addRow(1, label("export.files"), new HBox(12, perPage, single));
        form.addRow(2, new Region(), marks);
        form.addRow(3, label("export.folder"), folderRow);
        GridPane.setHgrow(folderRow, Priority.ALWAYS);

        Label preflightTitle = label("export.preflight");
        preflightTitle.getStyleClass().add("panel-title");
        Label summary = new Label();
        summary.setId("export-preflight-summary");
        summary.textProperty().bind(vm.preflightSummaryProperty());
        ListView<Finding> findings = new ListView<>(vm.findings());
        findings.setId("export-findings");
        findings.setCellFactory(v -> new FindingCell());
        findings.setPrefHeight(150);
        findings.setOnMouseClicked(e -> {
            Finding f = findings.getSelectionModel().getSelectedItem();
            if (f != null) showFinding.accept(f);
        });
        VBox.setVgrow(findings, Priority.ALWAYS);

        ProgressBar bar = new ProgressBar(0);
        bar.setId("export-progress");
        bar.setMaxWidth(Double.MAX_VALUE);
        bar.progressProperty().bind(vm.progressProperty());
        Label status = new Label();
        status.setId("export-status");
        status.setWrapText(true);
        status.textProperty().bind(vm.statusProperty());

        Button start = new Button();
        start.setId("export-start");
        start.setDefaultButton(true);
        start.textProperty().bind(Bindings.when(vm.hasErrorsProperty())
                .then(Messages.get("export.startAnyway")).otherwise(Messages.get("export.start")));
        start.disableProperty().bind(vm.runningProperty().or(vm.problemProperty().isNotEmpty()));
        start.setOnAction(e -> startOrAsk());
        Button cancel = new Button(Messages.get("export.cancel"));
        cancel.setId("export-cancel");
        cancel.disableProperty().bind(vm.runningProperty().not());
        cancel.setOnAction(e -> vm.cancel());
        Button close = new Button(Messages.get("export.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.disableProperty().bind(vm.runningProperty());
        close.setOnAction(e -> stage.close());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        HBox buttons = new HBox(8, spring, cancel, close, start);
        buttons.setAlignment(Pos.CENTER_RIGHT);

        VBox root = new VBox(10, form, preflightTitle, summary, findings, bar, status, buttons);
        root.setPadding(new Insets(14));
        root.setStyle(UiFonts.rootStyle());
        root.getStyleClass().add("export-dialog");
        double[] size = paiban.ui.DialogSizes.shared().size("export", 640, 520); // as the designer left it, else readable
        Scene scene = new Scene(root, size[0], size[1]);
        paiban.ui.DialogSizes.shared().remember(stage, "export");
        var css = paiban.ui.MainWindow.class.getResource("paiban.css");
        if (css != null) scene.getStylesheets().add(css.toExternalForm());
        scene.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE && vm.runningProperty().get()) vm.cancel();
        });
        stage.setScene(scene);
        // a running export is not left behind a closed window
        stage.setOnCloseRequest(e -> { if (vm.runningProperty().get()) e.consume(); });
    }

    public Stage stage() { return stage; }

    /** What a click on a finding does (the window shows its page and frame). */
    public void setOnFinding(java.util.function.Consumer<Finding> action) { this.showFinding = action; }

    public ExportViewModel viewModel() { return vm; }

    /** Runs preflight, then shows the dialog (without blocking). */
    public void show() {
        vm.runPreflight();
        stage.show();
        stage.toFront();
    }

    /** Exports; with preflight errors only after asking (取消 is the default answer). */
    private void startOrAsk() {
        if (!vm.hasErrorsProperty().get()) {
            vm.start(executor);
            return;
        }
        int errors = vm.gate().errors().size();
        if (ConfirmDialog.confirm(stage, Messages.get("export.title"), Messages.get("export.askAnyway", errors),
                Messages.get("export.startAnyway"))) {
            vm.start(executor, true);
        } else {
            vm.statusProperty().set(Messages.get("export.refused", errors));
        }
    }

    private static RadioButton radio(String key, String id, ToggleGroup group) {
        RadioButton b = new RadioButton(Messages.get(key));
        b.setId(id);
        b.setToggleGroup(group);
        return b;
    }

    private static Label label(String key) {
        return new Label(Messages.get(key));
    }
}
