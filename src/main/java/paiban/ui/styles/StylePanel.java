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
 * roles, and the character styles below them, each with 新建 (a paragraph style based on the selected one),
 * 复制, 重命名 and 删除 (the paragraphs, or runs, move to the style chosen beside it);
 * the values of the style selected last (a paragraph style's role and parent too)
 * in a property sheet; and a live preview composed by the real composer — a
 * character style on a stretch of body text. Every action is one undo step.
 */
public final class StylePanel extends BorderPane {
    private final StylePanelModel vm;
    private final EditionDocument document;
    private final ListView<String> list = new ListView<>();
    private final PropertySheet sheet;
    private final StylePreview preview = new StylePreview();
    private final TextField name = new TextField();
    private final ComboBox<String> moveTo = new ComboBox<>();
    private final Label uses = new Label();
    private final CharStylesModel charVm;
    private final ListView<String> charList = new ListView<>();
    private final TextField charName = new TextField();
    private final ComboBox<String> charMoveTo = new ComboBox<>();
    private final Label charUses = new Label();
    /** True while the sheet and preview show the selected character style, false for the paragraph style. */
    private boolean showingChar;
    private String shownChar;
    private boolean updating;
    private static final String STRONG_SELECTION = "-fx-selection-bar-non-focused: -fx-accent;";
    private static final String PALE_SELECTION = "-fx-selection-bar: #d9d9d9; -fx-selection-bar-non-focused: #e6e6e6;";
    /** The style shown last, so a move-to choice stays while the same style is shown. */
    private String shownStyle;

    public StylePanel(StylePanelModel vm, EditionDocument document) {
        this.vm = vm;
        this.document = document;
        this.charVm = new CharStylesModel(document, vm.undoStack());
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
        uses.setId("style-uses");
        HBox actions = new HBox(4, create, duplicate);
        HBox renameRow = new HBox(4, name, rename);
        HBox deleteRow = new HBox(4, delete, moveTo);
        HBox.setHgrow(moveTo, Priority.ALWAYS);
        moveTo.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(name, Priority.ALWAYS);
        Label paragraphTitle = new Label(Messages.get("styles.paragraph"));
        paragraphTitle.getStyleClass().add("panel-title");
        VBox chars = charSection();
        VBox left = new VBox(6, paragraphTitle, list, actions, renameRow, deleteRow, uses, chars);
        VBox.setVgrow(list, Priority.ALWAYS);
        VBox.setVgrow(chars, Priority.ALWAYS);
        list.setPrefHeight(200);
        left.setPadding(new Insets(0, 8, 0, 0));
        left.setPrefWidth(300);
        setLeft(left);

        sheet = RowSheet.of((row, value) -> { if (showingChar) charVm.set(row, value); else vm.set(row, value); }, () -> vm.undoStack().undo(), () -> vm.undoStack().redo());
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setId("style-sheet");
        Label refusal = refusal("style-refusal", vm.refusalProperty());
        Label charRefusal = refusal("char-style-refusal", charVm.refusalProperty());
        Label previewTitle = new Label(Messages.get("styles.preview"));
        VBox center = new VBox(6, refusal, charRefusal, sheet, previewTitle, preview);
        VBox.setVgrow(sheet, Priority.ALWAYS);
        setCenter(center);

        list.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!updating && now != null) {
                showingChar = false;
                vm.selectedProperty().set(now);
            }
        });
        list.focusedProperty().addListener((o, old, now) -> { if (now && showingChar) { showingChar = false; show(); } });
        charList.getSelectionModel().selectedItemProperty().addListener((o, old, now) -> {
            if (!updating && now != null) {
                showingChar = true;
                charVm.selectedProperty().set(now);
                show();
            }
        });
        charList.focusedProperty().addListener((o, old, now) -> {
            if (now && !showingChar && charVm.style().isPresent()) { showingChar = true; show(); }
        });
        charVm.selectedProperty().addListener((o, old, now) -> {
            if (!updating) {
                showingChar = now != null;
                show();
            }
        });
        charVm.names().addListener((ListChangeListener<String>) c -> show());
        vm.selectedProperty().addListener(o -> show());
        vm.names().addListener((ListChangeListener<String>) c -> show());
        document.editionProperty().addListener(o -> show());
        show();
    }

    /** 字符样式: the list, 新建 / 复制, 重命名, 删除 with where the runs go, how many runs use the style. */
    private VBox charSection() {
        Label title = new Label(Messages.get("styles.characterTitle"));
        title.getStyleClass().add("panel-title");
        charList.setId("char-style-list");
        charList.setItems(charVm.names());
        charList.setPrefHeight(200);
        VBox.setVgrow(charList, Priority.ALWAYS);
        charList.setCellFactory(v -> new ListCell<>() {
            @Override protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item + charVm.sheet().charStyle(item).map(StylePanel::summary).orElse(""));
            }
        });
        Button create = button("char-style-new", "styles.new", charVm::create);
        Button duplicate = button("char-style-duplicate", "styles.duplicate", charVm::duplicate);
        charName.setId("char-style-name");
        charName.setPromptText(Messages.get("styles.name"));
        charName.setOnAction(e -> charVm.rename(charName.getText()));
        Button rename = button("char-style-rename", "styles.rename", () -> charVm.rename(charName.getText()));
        charMoveTo.setId("char-style-move-to");
        Button delete = button("char-style-delete", "charStyles.delete", () -> charVm.delete(
                charMoveTo.getValue() == null || charMoveTo.getValue().equals(noCharStyle()) ? null : charMoveTo.getValue()));
        charUses.setId("char-style-uses");
        HBox renameRow = new HBox(4, charName, rename);
        HBox.setHgrow(charName, Priority.ALWAYS);
        HBox.setHgrow(charMoveTo, Priority.ALWAYS);
        charMoveTo.setMaxWidth(Double.MAX_VALUE);
        VBox box = new VBox(6, title, charList, new HBox(4, create, duplicate), renameRow, new HBox(4, delete, charMoveTo), charUses);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    private String noCharStyle() { return Messages.get("story.charStyle.none"); }

    /** "　标宋 五号 长二 红": what a character style sets, after its name in the list. */
    static String summary(paiban.model.style.CharStyle s) {
        String what = paiban.ui.format.CharStyleSummary.of(s);
        return what.isEmpty() ? "" : "　" + what;
    }

    private static Label refusal(String id, javafx.beans.value.ObservableStringValue text) {
        Label refusal = new Label();
        refusal.setId(id);
        refusal.getStyleClass().add("refusal");
        refusal.setWrapText(true);
        refusal.textProperty().bind(text);
        refusal.visibleProperty().bind(javafx.beans.binding.Bindings.isNotEmpty(text));
        refusal.managedProperty().bind(refusal.visibleProperty());
        return refusal;
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
            name.setText(selected);
            String keep = selected != null && selected.equals(shownStyle) ? moveTo.getValue() : null;
            shownStyle = selected;
            moveTo.getItems().setAll(vm.moveTargets());
            moveTo.setValue(keep != null && vm.moveTargets().contains(keep) ? keep
                    : vm.moveTargets().contains(vm.sheet().body().name()) ? vm.sheet().body().name()
                    : vm.moveTargets().isEmpty() ? null : vm.moveTargets().get(0));
            uses.setText(Messages.get("styles.uses", vm.uses(selected)));

            String chosen = charVm.selectedProperty().get();
            if (chosen == null) charList.getSelectionModel().clearSelection();
            else {
                charList.getSelectionModel().select(chosen);
                charList.scrollTo(chosen);
            }
            charList.refresh();
            charName.setText(chosen == null ? "" : chosen);
            String keepChar = chosen != null && chosen.equals(shownChar) ? charMoveTo.getValue() : null;
            shownChar = chosen;
            charMoveTo.getItems().setAll(noCharStyle());
            charMoveTo.getItems().addAll(charVm.moveTargets());
            charMoveTo.setValue(keepChar != null && charMoveTo.getItems().contains(keepChar) ? keepChar : noCharStyle());
            charUses.setText(chosen == null ? "" : Messages.get("charStyles.uses", charVm.uses(chosen)));

            var charStyle = charVm.style();
            boolean chars = showingChar && charStyle.isPresent();
            // the list whose style the sheet shows has the strong selection, focused or not; the other a pale one
            list.setStyle(chars ? PALE_SELECTION : STRONG_SELECTION);
            charList.setStyle(chars ? STRONG_SELECTION : PALE_SELECTION);
            if (chars) {
                RowSheet.show(sheet, charVm.rows());
                preview.show(document.edition(), charStyle.get());
            } else {
                RowSheet.show(sheet, vm.rows());
                vm.style().ifPresent(s -> preview.show(document.edition(), s));
            }
        } finally {
            updating = false;
        }
    }

    public StylePreview preview() { return preview; }

    /** The character styles' part of the panel. */
    public CharStylesModel charStyles() { return charVm; }

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
        Scene scene = new Scene(new StylePanel(vm, document), 900, 720);
        scene.getRoot().setStyle(UiFonts.rootStyle());
        if (owner != null && owner.getScene() != null) scene.getStylesheets().setAll(owner.getScene().getStylesheets());
        stage.setScene(scene);
        stage.show();
        return stage;
    }
}
