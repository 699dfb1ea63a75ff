package paiban.ui.panels;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.util.Callback;
import org.controlsfx.control.PropertySheet;
import org.controlsfx.property.editor.AbstractPropertyEditor;
import org.controlsfx.property.editor.DefaultPropertyEditorFactory;
import org.controlsfx.property.editor.Editors;
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Editors for the panel's rows: a drop-down for rows with choices (one
 * that also takes a typed value where the row allows it), a field that
 * hands its value over only on Enter or when focus leaves for committing
 * rows, ControlsFX's own editors for the rest. A committed value the model
 * refuses is replaced by the row's value again, so the field never shows
 * what the document does not hold.
 */
final class RowEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {
    private final DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
    private final Function<PropertySheet.Item, PropertyRow> rowOf;

    RowEditors(Function<PropertySheet.Item, PropertyRow> rowOf) {
        this.rowOf = rowOf;
    }

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        PropertyRow row = rowOf.apply(item);
        if (row == null || !row.editable()) return defaults.call(item);
        if (row.choices().isPresent()) {
            return row.typedChoice() ? new TypedChoice(item, row) : Editors.createChoiceEditor(item, row.choices().get());
        }
        if (row.commits() && row.type() != Boolean.class) return new CommitField(item, row.type());
        return defaults.call(item);
    }

    /** The row's value after a commit: what the model took, or the old value when it refused. */
    private static Object current(PropertySheet.Item item) { return item.getValue(); }

    private static String text(Object v) { return v == null ? "" : v.toString(); }

    /** A text field for a number or text, committed on Enter or when focus leaves. */
    static final class CommitField extends AbstractPropertyEditor<Object, TextField> {
        /** The value shown; made on first use, as the editor's super constructor asks for it. */
        private ObjectProperty<Object> shown;
        private final Class<?> type;

        CommitField(PropertySheet.Item item, Class<?> type) {
            super(item, new TextField());
            this.type = type;
            getEditor().setOnAction(e -> commit());
            getEditor().focusedProperty().addListener((o, was, now) -> {
                if (!now) commit();
            });
        }

        private void commit() {
            String typed = getEditor().getText().trim();
            if (typed.equals(text(shown().get()))) return;
            Object value = parse(typed);
            if (value != null) getProperty().setValue(value);
            setValue(current(getProperty()));
        }

        private Object parse(String typed) {
            try {
                if (type == Integer.class) return Integer.valueOf(typed);
                if (type == Double.class) return Double.valueOf(typed);
                return typed;
            } catch (NumberFormatException e) {
                return null; // not a number: refused like any value the model cannot take
            }
        }

        @Override protected ObservableValue<Object> getObservableValue() { return shown(); }

        private ObjectProperty<Object> shown() {
            if (shown == null) shown = new SimpleObjectProperty<>();
            return shown;
        }

        @Override public void setValue(Object value) {
            shown().set(value);
            getEditor().setText(text(value));
        }
    }

    /** A drop-down of the row's choices in which another value may be typed (a size in pt). */
    static final class TypedChoice extends AbstractPropertyEditor<Object, ComboBox<String>> {
        /** The value shown; made on first use, as the editor's super constructor asks for it. */
        private ObjectProperty<Object> shown;
        private boolean updating;

        TypedChoice(PropertySheet.Item item, PropertyRow row) {
            super(item, new ComboBox<>(FXCollections.observableArrayList(row.choices().orElseThrow())));
            getEditor().setEditable(true);
            getEditor().setVisibleRowCount(15);
            getEditor().setOnAction(e -> {
                if (updating || getEditor().getValue() == null) return;
                String typed = getEditor().getValue().trim();
                if (typed.equals(text(shown().get()))) return;
                getProperty().setValue(typed);
                setValue(current(getProperty()));
            });
        }

        @Override protected ObservableValue<Object> getObservableValue() { return shown(); }

        private ObjectProperty<Object> shown() {
            if (shown == null) shown = new SimpleObjectProperty<>();
            return shown;
        }

        @Override public void setValue(Object value) {
            shown().set(value);
            updating = true;
            try {
                getEditor().setValue(text(value));
            } finally {
                updating = false;
            }
        }
    }
}
