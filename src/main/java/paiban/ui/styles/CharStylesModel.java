package paiban.ui.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import paiban.edit.DeleteCharStyle;
import paiban.edit.RenameCharStyle;
import paiban.edit.ReplaceStyleSheet;
import paiban.model.CharStyleReferences;
import paiban.model.style.CharStyle;
import paiban.model.style.StyleSheet;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.ui.edit.UndoStack;
import paiban.ui.panels.PropertyRow;

/**
 * The style panel's character styles: the list, the one selected, and every
 * action on them as one undoable change — new (a style that changes nothing
 * until given values), duplicate, rename (its runs follow), delete (its runs
 * move to another style or lose their formatting), and each value.
 */
public final class CharStylesModel {
    private final EditionDocument document;
    private final StyleCommits commits;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty(this, "selected");

    public CharStylesModel(EditionDocument document, UndoStack undo) {
        this.document = document;
        this.commits = new StyleCommits(undo);
        document.editionProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        List<String> now = sheet().charStyles().stream().map(CharStyle::name).toList();
        if (!names.equals(now)) names.setAll(now);
        if (selected.get() != null && !now.contains(selected.get())) selected.set(now.isEmpty() ? null : now.get(0));
    }

    public StyleSheet sheet() { return document.edition().styles(); }

    /** The character styles' names, in sheet order. */
    public ObservableList<String> names() { return names; }

    /** The selected style's name, null when none is. */
    public StringProperty selectedProperty() { return selected; }

    public Optional<CharStyle> style() { return selected.get() == null ? Optional.empty() : sheet().charStyle(selected.get()); }

    /** Why the last action was refused, "" when it was done. */
    public ReadOnlyStringProperty refusalProperty() { return commits.refusal(); }

    /** A new style of no values of its own (the paragraph's face, size, colour), after the selected one; selected. */
    public String create() {
        String name = StyleCommits.freshName(Messages.get("charStyles.newName"), n -> sheet().charStyle(n).isPresent());
        insert(new CharStyle(name, null, null, null), "change.newCharStyle");
        return name;
    }

    /** A copy of the selected style, right after it; selected. Nothing when none is selected. */
    public Optional<String> duplicate() {
        Optional<CharStyle> original = style();
        if (original.isEmpty()) return Optional.empty();
        String name = StyleCommits.freshName(Messages.get("styles.copyName", original.get().name()), n -> sheet().charStyle(n).isPresent());
        insert(original.get().withName(name), "change.duplicateCharStyle");
        return Optional.of(name);
    }

    private void insert(CharStyle s, String key) {
        List<CharStyle> chars = new ArrayList<>(sheet().charStyles());
        int at = selected.get() == null ? chars.size() : indexOf(selected.get()) + 1;
        chars.add(Math.max(0, Math.min(at, chars.size())), s);
        if (commits.apply(new ReplaceStyleSheet(sheet().withCharStyles(chars), key))) selected.set(s.name());
    }

    private int indexOf(String name) {
        List<CharStyle> chars = sheet().charStyles();
        for (int i = 0; i < chars.size(); i++) if (chars.get(i).name().equals(name)) return i;
        return chars.size() - 1;
    }

    /** Renames the selected style and its runs; false (and a refusal) for an empty or taken name. */
    public boolean rename(String to) {
        String from = selected.get();
        if (from == null) return false;
        String name = to == null ? "" : to.strip();
        if (name.isEmpty()) return commits.refuse(Messages.get("styles.refused.empty"));
        if (name.equals(from)) return true;
        if (sheet().charStyle(name).isPresent()) return commits.refuse(Messages.get("charStyles.refused.taken", name));
        if (!commits.apply(new RenameCharStyle(from, name))) return false;
        selected.set(name);
        return true;
    }

    /** Deletes the selected style; its runs move to {@code moveTo}, or lose their formatting for null. */
    public boolean delete(String moveTo) {
        String gone = selected.get();
        if (gone == null) return false;
        if (moveTo != null && (moveTo.equals(gone) || sheet().charStyle(moveTo).isEmpty())) {
            return commits.refuse(Messages.get("charStyles.refused.moveTo", gone));
        }
        int at = indexOf(gone);
        if (!commits.apply(new DeleteCharStyle(gone, moveTo))) return false;
        List<String> left = names;
        selected.set(moveTo != null ? moveTo : left.isEmpty() ? null : left.get(Math.min(at, left.size() - 1)));
        return true;
    }

    /** How many runs of the edition are in the style. */
    public int uses(String name) {
        return name == null ? 0 : CharStyleReferences.count(document.edition(), name);
    }

    /** The styles the selected one's runs may move to when it is deleted (besides none). */
    public List<String> moveTargets() {
        return names.stream().filter(n -> !n.equals(selected.get())).toList();
    }

    /** The selected style's rows. */
    public List<PropertyRow> rows() {
        return style().map(s -> CharStyleRows.of(sheet(), s)).orElse(List.of());
    }

    /** Commits a row's new value as one undo step; a refused value leaves everything as it was. */
    public boolean set(PropertyRow row, Object value) {
        if (!row.editable() || value == null) return false;
        if (Objects.equals(row.value(), value)) return true;
        try {
            return commits.apply(row.change(value));
        } catch (IllegalArgumentException e) {
            return commits.refuse(Messages.get("charStyles.refused.value", selected.get(), row.name(), value));
        }
    }



}
