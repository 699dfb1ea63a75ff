package paiban.ui.panels;

import java.util.Optional;

import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.controlsfx.control.PropertySheet;
import paiban.ui.Messages;

/**
 * The selected frame's or page's properties, and the paragraph style at the
 * story editor's caret, in a ControlsFX PropertySheet.
 */
public final class PropertiesPanel extends VBox {
    private final PropertiesViewModel vm;
    private final PropertySheet sheet = new PropertySheet();
    private final Label title = new Label();

    public PropertiesPanel(PropertiesViewModel vm) {
        this.vm = vm;
        getStyleClass().addAll("side-panel", "properties-panel");
        title.setText(Messages.get("properties.title"));
        title.getStyleClass().add("panel-title");
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.CATEGORY);
        sheet.setId("properties-sheet");
        sheet.setPropertyEditorFactory(new RowEditors(item -> item instanceof RowItem r ? r.row : null));
        // categories in the order the view model gives them (frame, geometry, text, story, style), not alphabetical
        sheet.setCategoryComparator((a, b) -> Integer.compare(categoryIndex(a), categoryIndex(b)));
        VBox.setVgrow(sheet, Priority.ALWAYS);
        getChildren().addAll(title, sheet);
        vm.rows().addListener((ListChangeListener<PropertyRow>) c -> rebuild());
        rebuild();
    }

    public PropertySheet sheet() { return sheet; }

    /** Title and rows in the current interface language. */
    public void relabel() {
        title.setText(Messages.get("properties.title"));
        vm.relabel();
    }

    private int categoryIndex(String category) {
        for (int i = 0; i < vm.rows().size(); i++) if (vm.rows().get(i).category().equals(category)) return i;
        return Integer.MAX_VALUE;
    }

    private void rebuild() {
        sheet.getItems().setAll(vm.rows().stream().map(RowItem::new).toList());
    }

    private final class RowItem implements PropertySheet.Item {
        private final PropertyRow row;

        RowItem(PropertyRow row) { this.row = row; }

        @Override public Class<?> getType() { return row.type(); }

        @Override public String getCategory() { return row.category(); }

        @Override public String getName() { return row.name(); }

        @Override public String getDescription() { return row.name(); }

        @Override public Object getValue() { return row.value(); }

        @Override public void setValue(Object value) { vm.set(row, value); }

        @Override public boolean isEditable() { return row.editable(); }

        @Override public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(row.valueProperty());
        }
    }
}
