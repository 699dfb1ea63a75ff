package paiban.ui.panels;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import paiban.edit.Change;

/**
 * One line of the properties panel: a named value and, when it can be
 * edited, how a new value becomes a {@link Change}. Its editor hands a value
 * over only when committed (Enter, focus leaving, a pick from a list), so
 * every value set is one undo step.
 */
public final class PropertyRow {
    private final String category;
    private final String name;
    private final Class<?> type;
    private final ObjectProperty<Object> value = new SimpleObjectProperty<>(this, "value");
    private Function<Object, Change> toChange;
    /** The values a choice editor offers; null for a plain editor of {@link #type()}. */
    private List<String> choices;
    /** A value typed besides the choices is taken too (a size in pt besides the 号 names). */
    private boolean typedChoice;
    /** The value wants the designer's eye (a photo below 150 ppi): the panel shows it in the warning colour. */
    private boolean warning;

    public PropertyRow(String category, String name, Class<?> type, Object value, Function<Object, Change> toChange) {
        this.category = category;
        this.name = name;
        this.type = type;
        this.value.set(value);
        this.toChange = toChange;
    }

    /** Offers {@code options} in a drop-down; {@code typed} lets the user type another value too. */
    public PropertyRow choices(List<String> options, boolean typed) {
        this.choices = List.copyOf(options);
        this.typedChoice = typed;
        return this;
    }

    /** Marks the value as one to look at (shown in the warning colour). */
    public PropertyRow warning(boolean on) {
        this.warning = on;
        return this;
    }

    public boolean warning() { return warning; }

    public Optional<List<String>> choices() { return Optional.ofNullable(choices); }

    public boolean typedChoice() { return typedChoice; }

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
        this.choices = newer.choices;
        this.typedChoice = newer.typedChoice;
        this.warning = newer.warning;
        if (!java.util.Objects.equals(value.get(), newer.value.get())) value.set(newer.value.get());
    }

    String key() { return category + "/" + name; }
}
