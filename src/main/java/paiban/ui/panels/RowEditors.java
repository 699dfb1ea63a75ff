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
import org.controlsfx.property.editor.PropertyEditor;

/**
 * Editors for the panel's rows, all handing a value over only when it is
 * committed: a field (number or text) on Enter or when focus leaves, a
 * drop-down on a pick (or, where the row takes typed values too, on Enter
 * or focus leaving), a check box on a click. ControlsFX's own number field
 * takes its value only when focus leaves and its text field with every
 * keystroke, so neither is used: every field behaves the same. A value the
 * model refuses is replaced by the row's value again, so a field never shows
 * what the document does not hold. Ctrl+Z in a field with nothing typed
 * reaches the document ({@link DocumentUndoKeys}).
 */
final class RowEditors implements Callback<PropertySheet.Item, PropertyEditor<?>> {
    private static final System.Logger LOG = paiban.log.Log.of(RowEditors.class);
    private final DefaultPropertyEditorFactory defaults = new DefaultPropertyEditorFactory();
    private final Function<PropertySheet.Item, PropertyRow> rowOf;
    private final DocumentUndoKeys undoKeys;

    RowEditors(Function<PropertySheet.Item, PropertyRow> rowOf, DocumentUndoKeys undoKeys) {
        this.rowOf = rowOf;
        this.undoKeys = undoKeys;
    }

    @Override
    public PropertyEditor<?> call(PropertySheet.Item item) {
        PropertyRow row = rowOf.apply(item);
        if (row != null && row.warning()) {
            PropertyEditor<?> shown = defaults.call(item);
            shown.getEditor().getStyleClass().add("value-warning");
            return shown;
        }
        if (row == null || !row.editable()) return defaults.call(item);
        if (row.choices().isPresent()) {
            ChoiceField choice = new ChoiceField(item, row);
            undoKeys.install(choice.getEditor(), choice::typing);
            return choice;
        }
        if (row.type() == Boolean.class) {
            PropertyEditor<?> box = defaults.call(item);
            undoKeys.install(box.getEditor(), () -> false);
            return box;
        }
        CommitField field = new CommitField(item, row.type());
        undoKeys.install(field.getEditor(), field::typing);
        return field;
    }

    /** The row's value after a commit: what the model took, or the old value when it refused. */
    private static Object current(PropertySheet.Item item) { return item.getValue(); }

    private static String text(Object v) { return v == null ? "" : v.toString(); }

    /** A text field for a number or text, committed on Enter (keypad Enter too) or when focus leaves. */
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

        /** Typing not yet committed: the field's own undo still has something to take back. */
        boolean typing() {
            return !getEditor().getText().trim().equals(text(shown().get()));
        }

        private void commit() {
            if (!typing()) return;
            Object value = parse(getEditor().getText().trim());
            if (value != null) getProperty().setValue(value);
            setValue(current(getProperty()));
        }

        private Object parse(String typed) {
            try {
                if (type == Integer.class) return Integer.valueOf(typed);
                if (type == Double.class) return Double.valueOf(typed);
                return typed;
            } catch (NumberFormatException e) {
                LOG.log(System.Logger.Level.DEBUG, "not a number", e);
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

    /**
     * A drop-down of the row's choices; where the row allows it another value
     * may be typed (a size in pt), taken on Enter or when focus leaves.
     */
    static final class ChoiceField extends AbstractPropertyEditor<Object, ComboBox<String>> {
        /** The value shown; made on first use, as the editor's super constructor asks for it. */
        private ObjectProperty<Object> shown;
        private boolean updating;

        ChoiceField(PropertySheet.Item item, PropertyRow row) {
            super(item, new ComboBox<>(FXCollections.observableArrayList(row.choices().orElseThrow())));
            getEditor().setEditable(row.typedChoice());
            getEditor().setVisibleRowCount(15);
            getEditor().setOnAction(e -> {
                if (updating || getEditor().getValue() == null) return;
                String typed = getEditor().getValue().trim();
                if (typed.equals(text(shown().get()))) return;
                getProperty().setValue(typed);
                setValue(current(getProperty()));
            });
        }

        /** Text typed into an editable drop-down and not yet committed. */
        boolean typing() {
            return getEditor().isEditable() && !getEditor().getEditor().getText().trim().equals(text(shown().get()));
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
                if (getEditor().isEditable()) getEditor().getEditor().setText(text(value));
            } finally {
                updating = false;
            }
        }
    }
}
