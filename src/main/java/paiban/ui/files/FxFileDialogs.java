package paiban.ui.files;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import paiban.model.PageTemplate;
import paiban.model.unit.Units;
import paiban.ui.ErrorDialog;
import paiban.ui.Messages;
import paiban.ui.UiFonts;

/** The file questions as the window asks them: modal alerts and the system's file choosers. */
public final class FxFileDialogs implements FileDialogs {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final Supplier<Window> owner;

    public FxFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Unsaved askUnsaved(String editionName) {
        ButtonType save = new ButtonType(Messages.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = alert(Alert.AlertType.CONFIRMATION, Messages.get("unsaved.title"),
                Messages.get("unsaved.header", editionName), Messages.get("unsaved.text"), save, discard, cancel);
        Optional<ButtonType> answer = a.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) return Unsaved.CANCEL;
        return answer.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }

    @Override
    public Optional<Path> chooseOpen(Path folder) {
        FileChooser chooser = chooser(Messages.get("menu.file.open"), folder);
        File f = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseSave(Path folder, String suggestedName) {
        FileChooser chooser = chooser(Messages.get("menu.file.saveAs"), folder);
        chooser.setInitialFileName(suggestedName);
        File f = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(f).map(File::toPath);
    }

    @Override
    public Optional<NewEditionSpec> askNewEdition() {
        return newEditionDialog().showAndWait();
    }

    @Override
    public boolean offerRecovery(Path file, Instant copyTime) {
        ButtonType recover = new ButtonType(Messages.get("recover.yes"), ButtonBar.ButtonData.YES);
        ButtonType ignore = new ButtonType(Messages.get("recover.no"), ButtonBar.ButtonData.NO);
        String name = file == null ? Messages.get("window.untitled") : file.getFileName().toString();
        Alert a = alert(Alert.AlertType.CONFIRMATION, Messages.get("recover.title"),
                Messages.get("recover.header", name),
                Messages.get("recover.text", TIME.format(copyTime.atZone(ZoneId.systemDefault()))), recover, ignore);
        return a.showAndWait().orElse(ignore) == recover;
    }

    @Override
    public void showError(String header, String message) {
        ErrorDialog.show(owner.get(), Messages.get("error.files.title"), header, message);
    }

    private Alert alert(Alert.AlertType type, String title, String header, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text, buttons);
        Window w = owner.get();
        if (w != null) a.initOwner(w);
        a.setTitle(title);
        a.setHeaderText(header);
        a.getDialogPane().setStyle(UiFonts.rootStyle());
        return a;
    }

    private static FileChooser chooser(String title, Path folder) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("open.filter"), "*.json"));
        if (folder != null && Files.isDirectory(folder)) chooser.setInitialDirectory(folder.toFile());
        return chooser;
    }

    /** 新建版面: paper name, date, 对开 / 四开 and the number of pages. */
    Dialog<NewEditionSpec> newEditionDialog() {
        Dialog<NewEditionSpec> d = new Dialog<>();
        Window w = owner.get();
        if (w != null) d.initOwner(w);
        d.setTitle(Messages.get("new.title"));
        d.setHeaderText(Messages.get("new.header"));
        TextField name = new TextField();
        name.setId("new-name");
        name.setPromptText(Messages.get("new.namePrompt"));
        DatePicker date = new DatePicker(LocalDate.now().plusDays(1));
        date.setId("new-date");
        // the desk's way of writing a date, whatever the system's locale
        date.setConverter(new javafx.util.converter.LocalDateStringConverter(DateTimeFormatter.ISO_LOCAL_DATE, null));
        ChoiceBox<PageTemplate> template = new ChoiceBox<>();
        template.setId("new-template");
        template.getItems().setAll(EditionTemplates.presets());
        template.getSelectionModel().select(0);
        template.setConverter(new StringConverter<>() {
            @Override public String toString(PageTemplate t) {
                return t == null ? "" : Messages.get("new.templateDescription", t.name(),
                        Math.round(Units.toMm(t.trimWidth())), Math.round(Units.toMm(t.trimHeight())), t.columns());
            }

            @Override public PageTemplate fromString(String s) { return null; }
        });
        Spinner<Integer> pages = new Spinner<>(1, NewEditionSpec.MAX_PAGES, 8);
        pages.setId("new-pages");
        pages.setEditable(true);
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(8);
        grid.addRow(0, new Label(Messages.get("new.name")), name);
        grid.addRow(1, new Label(Messages.get("new.date")), date);
        grid.addRow(2, new Label(Messages.get("new.template")), template);
        grid.addRow(3, new Label(Messages.get("new.pages")), pages);
        d.getDialogPane().setContent(grid);
        d.getDialogPane().setStyle(UiFonts.rootStyle());
        ButtonType create = new ButtonType(Messages.get("new.create"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(Messages.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        d.getDialogPane().getButtonTypes().addAll(create, cancel);
        d.setResultConverter(b -> b == create
                ? new NewEditionSpec(name.getText().strip(), date.getValue() == null ? LocalDate.now() : date.getValue(),
                        template.getValue(), pages.getValue())
                : null);
        return d;
    }
}
