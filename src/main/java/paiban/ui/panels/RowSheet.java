package paiban.ui.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

import javafx.beans.value.ObservableValue;

import org.controlsfx.control.PropertySheet;

/**
 * A ControlsFX property sheet of {@link PropertyRow}s with the properties
 * panel's editors, for panels other than the properties panel (the style
 * panel): a committed value goes to {@code commit} with its row.
 */
public final class RowSheet {
    private RowSheet() {}

    public static PropertySheet of(BiConsumer<PropertyRow, Object> commit, Runnable undo, Runnable redo) {
        PropertySheet sheet = new PropertySheet();
        sheet.setModeSwitcherVisible(false);
        sheet.setSearchBoxVisible(false);
        sheet.setMode(PropertySheet.Mode.NAME);
        sheet.setPropertyEditorFactory(new RowEditors(item -> item instanceof Item r ? r.row : null,
                new DocumentUndoKeys(undo, redo)));
        sheet.getProperties().put(RowSheet.class, commit);
        return sheet;
    }

    /** Shows {@code rows} in a sheet made by {@link #of}, in their order. */
    @SuppressWarnings("unchecked")
    public static void show(PropertySheet sheet, List<PropertyRow> rows) {
        BiConsumer<PropertyRow, Object> commit = (BiConsumer<PropertyRow, Object>) sheet.getProperties().get(RowSheet.class);
        sheet.getItems().setAll(rows.stream().map(r -> new Item(r, commit)).toList());
    }

    private record Item(PropertyRow row, BiConsumer<PropertyRow, Object> commit) implements PropertySheet.Item {
        @Override public Class<?> getType() { return row.type(); }

        @Override public String getCategory() { return row.category(); }

        @Override public String getName() { return row.name(); }

        @Override public String getDescription() { return row.name(); }

        @Override public Object getValue() { return row.value(); }

        @Override public void setValue(Object value) { commit.accept(row, value); }

        @Override public boolean isEditable() { return row.editable(); }

        @Override public Optional<ObservableValue<? extends Object>> getObservableValue() {
            return Optional.of(row.valueProperty());
        }
    }
}
