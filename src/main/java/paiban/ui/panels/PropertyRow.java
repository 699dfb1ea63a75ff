package paiban.ui.panels;

import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import paiban.ui.edit.Change;

/**
 * One line of the properties panel: a named value and, when it can be
 * edited, how a new value becomes a {@link Change}.
 */
public final class PropertyRow {
    private final String category;
    private final String name;
    private final Class<?> type;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
    private Function<Object, Change> toChange;

    public PropertyRow(String category, String name, Class<?> type, Object value, Function<Object, Change> toChange) {
        this.category = category;
        this.name = name;
        this.type = type;
        this.value.set(value);
        this.toChange = toChange;
    }

    public String category() { return category; }

    public String name() { return name; }

    public Class<?> type() { return type; }

    public ObjectProperty<Object> valueProperty() { return value; }

    public Object value() { return value.get(); }

    public boolean editable() { return toChange != null; }

    /** The change that gives the property {@code newValue}; null when the row cannot be edited. */
    public Change change(Object newValue) { return toChange == null ? null : toChange.apply(newValue); }

    /** Same row, newer value: taken over in place so an open editor keeps its focus. */
    void takeOver(PropertyRow newer) {
        this.toChange = newer.toChange;
        if (!java.util.Objects.equals(value.get(), newer.value.get())) value.set(newer.value.get());
    }

    String key() { return category + "/" + name; }
}
