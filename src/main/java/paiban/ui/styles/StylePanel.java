package paiban.ui.styles;

import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.controlsfx.control.PropertySheet;

import paiban.model.style.ParagraphStyle;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.ui.UiFonts;
import paiban.ui.panels.RowSheet;

/**
 * 样式 (文字 → 样式…): the edition's paragraph styles in a list with their
 * roles, the character styles below; 新建 (based on the selected style),
 * 复制, 重命名 and 删除 (the paragraphs move to the style chosen beside it);
 * the selected style's role, parent and values in a property sheet; and a
 * live preview composed by the real composer. Every action is one undo step.
 */
public final class StylePanel extends BorderPane {
    private final StylePanelModel vm;
    private final EditionDocument document;
    private final ListView<String> list = new ListView<>();
    private final PropertySheet sheet;
    private final StylePreview preview = new StylePreview();
    private final TextField name = new TextField();
    private final ComboBox<String> moveTo = new ComboBox<>();
    private final Label chars = new Label();
    private final Label uses = new Label();
    private boolean updating;
    /** The style shown last, so a move-to choice stays while the same style is shown. */
    private String shownStyle;

    public StylePanel(StylePanelModel vm, EditionDocument document) {
        this.vm = vm;
        this.document = document;
        setId("style-panel");
        getStyleClass().add("style-panel");
        setPadding(new Insets(8));
        list.setId("style-list");
        list.setItems(vm.names());
        list.setPrefWidth(180);
        list.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                ParagraphStyle s = empty || item == null ? null : vm.sheet().find(item).orElse(null);
                String role = s == null ? "" : StylePanelModel.roleName(s.role());
                setText(s == null ? null : s.name() + (role.equals(s.name()) ? "" : "　[" + role + "]")
                        + (s.basedOn().isEmpty() ? "" : "　← " + s.basedOn()));
            }
        });
        Button create = button("style-new", "styles.new", vm::create);
        Button duplicate = button("style-duplicate", "styles.duplicate", vm::duplicate);
        name.setId("style-name");
        name.setPromptText(Messages.get("styles.name"));
        name.setOnAction(e -> vm.rename(name.getText()));
        Button rename = button("style-rename", "styles.rename", () -> vm.rename(name.getText()));
        moveTo.setId("style-move-to");
        moveTo.setPromptText(Messages.get("styles.moveTo"));
        Button delete = button("style-delete", "styles.delete", () -> vm.delete(moveTo.getValue()));
        chars.setId("style-chars");
        chars.setWrapText(true);
        uses.setId("style-uses");
        HBox actions = new HBox(4, create, duplicate);
        HBox renameRow = new HBox(4, name, rename);
        HBox deleteRow = new HBox(4, delete, moveTo);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label paragraphTitle = new Label(Messages.get("styles.paragraph"));
        paragraphTitle.getStyleClass().add("panel-title");
        VBox left = new VBox(6, paragraphTitle, list, actions, renameRow, deleteRow, uses, chars);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(0, 8, 0, 0));
        left.setPrefWidth(250);
        setLeft(left);

        sheet = RowSheet.of(vm::set, () -> vm.undoStack().undo(), () -> vm.undoStack().redo());
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setId("style-sheet");
        Label refusal = new Label();
        refusal.setId("style-refusal");
        refusal.getStyleClass().add("refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(vm.refusalProperty());
        refusal.visibleProperty().bind(vm.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        Label previewTitle = new Label(Messages.get("styles.preview"));
        VBox center = new VBox(6, refusal, sheet, previewTitle, preview);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        setCenter(center);

        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!updating && now != null) vm.selectedProperty().set(now);
        });
        vm.selectedProperty().addListener(o -> show());
        vm.names().addListener((ListChangeListener<String>) c -> show());
        document.editionProperty().addListener(o -> show());
        show();
    }

    private Button button(String id, String key, Runnable action) {
        Button b = new Button(Messages.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** The selected style's rows, name, move-to choices and preview, after any change. */
    private void show() {
        updating = true;
        try {
            String selected = vm.selectedProperty().get();
            list.getSelectionModel().select(selected);
            list.refresh();
            RowSheet.show(sheet, vm.rows());
            name.setText(selected);
            String keep = selected != null && selected.equals(shownStyle) ? moveTo.getValue() : null;
            shownStyle = selected;
            moveTo.getItems().setAll(vm.moveTargets());
            moveTo.setValue(keep != null && vm.moveTargets().contains(keep) ? keep
                    : vm.moveTargets().contains(vm.sheet().body().name()) ? vm.sheet().body().name()
                    : vm.moveTargets().isEmpty() ? null : vm.moveTargets().get(0));
            uses.setText(Messages.get("styles.uses", vm.uses(selected)));
            chars.setText(Messages.get("styles.character", String.join("、", vm.charStyleNames())));
            vm.style().ifPresent(s -> preview.show(document.edition(), s));
        } finally {
            updating = false;
        }
    }

    public StylePreview preview() { return preview; }

    /** The 样式… button the properties panel shows, opening the panel. */
    public static Button openButton(Runnable open) {
        Button b = new Button(Messages.get("menu.text.styles"));
        b.setId("properties-styles");
        b.setOnAction(e -> open.run());
        return b;
    }

    /** Opens the panel in a window of its own beside {@code owner}. */
    public static Stage open(Window owner, StylePanelModel vm, EditionDocument document) {
        Stage stage = new Stage();
        if (owner != null) stage.initOwner(owner);
        stage.setTitle(Messages.get("styles.title"));
        Scene scene = new Scene(new StylePanel(vm, document), 860, 620);
        scene.getRoot().setStyle(UiFonts.rootStyle());
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
