package paiban.ui.export;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.stream.Collectors;

import javafx.concurrent.Task;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.Window;
import paiban.layout.PageLayout;
import paiban.model.Edition;
import paiban.preflight.Finding;
import paiban.render.pdf.PdfExporter;
import paiban.ui.ErrorDialog;
import paiban.ui.Messages;
import paiban.ui.UiFonts;

/**
 * The export dialog: pages, one file or one per page, crop marks, where;
 * preflight errors are shown first; the export runs in the background with
 * a progress bar and can be cancelled.
 */
public final class ExportDialog {
    private ExportDialog() {}

    /** Asks for the export settings; null when the user cancels. */
    public static ExportJob ask(Window owner, Path defaultDir, int currentPage) {
        Dialog<ExportJob> d = new Dialog<>();
        d.initOwner(owner);
        d.setTitle(Messages.get("export.title"));
        d.setHeaderText(null);
        d.getDialogPane().setStyle(UiFonts.rootStyle());
        ToggleGroup scope = new ToggleGroup();
        RadioButton all = new RadioButton(Messages.get("export.allPages"));
        RadioButton current = new RadioButton(Messages.get("export.currentPage"));
        all.setToggleGroup(scope);
        current.setToggleGroup(scope);
        all.setSelected(true);
        ToggleGroup files = new ToggleGroup();
        RadioButton perPage = new RadioButton(Messages.get("export.perPage"));
        RadioButton single = new RadioButton(Messages.get("export.single"));
        perPage.setToggleGroup(files);
        single.setToggleGroup(files);
        perPage.setSelected(true);
        CheckBox marks = new CheckBox(Messages.get("export.cropMarks"));
        marks.setSelected(true);
        TextField dir = new TextField(defaultDir.toString());
        dir.setPrefColumnCount(28);
        Button browse = new Button(Messages.get("export.browse"));
        browse.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File start = new File(dir.getText());
            if (start.isDirectory()) chooser.setInitialDirectory(start);
            File chosen = chooser.showDialog(d.getDialogPane().getScene().getWindow());
            if (chosen != null) dir.setText(chosen.toString());
        });
        HBox where = new HBox(6, dir, browse);
        HBox.setHgrow(dir, Priority.ALWAYS);
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(10));
        grid.addRow(0, new Label(Messages.get("export.pages")), new HBox(12, all, current));
        grid.addRow(1, new Label(Messages.get("export.files")), new HBox(12, perPage, single));
        grid.addRow(2, new Label(Messages.get("export.marks")), marks);
        grid.addRow(3, new Label(Messages.get("export.folder")), where);
        d.getDialogPane().setContent(grid);
        ButtonType go = new ButtonType(Messages.get("export.go"), ButtonBar.ButtonData.OK_DONE);
        d.getDialogPane().getButtonTypes().addAll(go, new ButtonType(Messages.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE));
        d.setResultConverter(b -> b == go ? new ExportJob(Path.of(dir.getText().trim()), perPage.isSelected(),
                marks.isSelected(), current.isSelected() ? currentPage : -1) : null);
        return d.showAndWait().orElse(null);
    }

    /** With preflight errors, asks whether to export anyway, listing the first of them. */
    public static boolean confirmDespite(Window owner, java.util.List<Finding> findings) {
        long errors = findings.stream().filter(Finding::isError).count();
        if (errors == 0) return true;
        String list = findings.stream().filter(Finding::isError).limit(8).map(Finding::message)
                .collect(Collectors.joining("\n"));
        Alert a = new Alert(Alert.AlertType.WARNING, list, ButtonType.YES, ButtonType.NO);
        a.initOwner(owner);
        a.setTitle(Messages.get("export.title"));
        a.setHeaderText(Messages.get("export.preflightErrors", errors));
        a.getDialogPane().setStyle(UiFonts.rootStyle());
        return a.showAndWait().orElse(ButtonType.NO) == ButtonType.YES;
    }

    /** Runs the job in the background with a progress bar and a cancel button; tells how it went. */
    public static Task<PdfExporter.Result> run(Window owner, ExportJob job, Edition edition, java.util.List<PageLayout> pages) {
        ProgressBar bar = new ProgressBar(0);
        bar.setPrefWidth(320);
        Label status = new Label(Messages.get("export.running"));
        Alert progress = new Alert(Alert.AlertType.NONE);
        progress.initOwner(owner);
        progress.setTitle(Messages.get("export.title"));
        progress.getDialogPane().setStyle(UiFonts.rootStyle());
        progress.getDialogPane().setContent(new VBox(8, status, bar));
        ButtonType cancel = new ButtonType(Messages.get("confirm.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        progress.getButtonTypes().setAll(cancel);

        Task<PdfExporter.Result> task = new Task<>() {
            @Override
            protected PdfExporter.Result call() throws Exception {
                return job.run(edition, pages, (done, total) -> {
                    updateProgress(done, total);
                    updateMessage(Messages.get("export.progress", done, total));
                }, this::isCancelled);
            }
        };
        bar.progressProperty().bind(task.progressProperty());
        status.textProperty().bind(task.messageProperty());
        progress.setOnCloseRequest(e -> task.cancel(false));
        progress.resultProperty().addListener((o, a, b) -> { if (b == cancel) task.cancel(false); });
        task.setOnSucceeded(e -> {
            progress.close();
            PdfExporter.Result r = task.getValue();
            String files = r.files().stream().map(p -> p.getFileName().toString()).collect(Collectors.joining("\n"));
            String warnings = r.warnings().isEmpty() ? "" : "\n\n" + String.join("\n", r.warnings());
            Alert done = new Alert(Alert.AlertType.INFORMATION, files + warnings);
            done.initOwner(owner);
            done.setTitle(Messages.get("export.title"));
            done.setHeaderText(Messages.get("export.done", r.files().size(), job.directory()));
            done.getDialogPane().setStyle(UiFonts.rootStyle());
            done.show();
        });
        task.setOnFailed(e -> {
            progress.close();
            Throwable t = task.getException();
            if (t instanceof CancellationException) return;
            ErrorDialog.show(owner, Messages.get("export.title"), Messages.get("export.failed"),
                    t.getMessage() == null ? t.toString() : t.getMessage());
        });
        task.setOnCancelled(e -> progress.close());
        Thread thread = new Thread(task, "paiban-export");
        thread.setDaemon(true);
        progress.show();
        thread.start();
        return task;
    }
}
