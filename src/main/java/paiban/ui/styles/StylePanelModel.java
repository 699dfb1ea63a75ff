package paiban.ui.styles;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import paiban.model.StyleReferences;
import paiban.model.style.CharStyle;
import paiban.model.style.ParagraphStyle;
import paiban.model.style.StyleRole;
import paiban.model.style.StyleSheet;
import paiban.ui.EditionDocument;
import paiban.ui.Messages;
import paiban.edit.DeleteParagraphStyle;
import paiban.edit.RenameParagraphStyle;
import paiban.edit.ReplaceStyleSheet;
import paiban.ui.edit.UndoStack;
import paiban.ui.panels.PropertyRow;
import paiban.ui.panels.RefusedValue;
import paiban.ui.panels.StyleRows;

/**
 * The style panel's state and actions: the edition's paragraph styles, the
 * one selected, and every action on them as one undoable change (new,
 * duplicate, rename, delete with the paragraphs moved, role, based on, values).
 */
public final class StylePanelModel {
    private final EditionDocument document;
    private final StyleCommits commits;
    private final ObservableList<String> names = FXCollections.observableArrayList();
    private final StringProperty selected = new SimpleStringProperty(this, "selected");

    public StylePanelModel(EditionDocument document, UndoStack undo) {
        this.document = document;
        this.commits = new StyleCommits(undo);
        document.editionProperty().addListener(o -> refresh());
        refresh();
    }

    private void refresh() {
        List<String> now = sheet().paragraphStyles().stream().map(ParagraphStyle::name).toList();
        if (!names.equals(now)) names.setAll(now);
        if (selected.get() == null || !now.contains(selected.get())) selected.set(sheet().body().name());
    }

    public StyleSheet sheet() { return document.edition().styles(); }

    /** The paragraph styles' names, in sheet order. */
    public ObservableList<String> names() { return names; }

    /** The character styles' names, shown for reference. */
    public List<String> charStyleNames() { return sheet().charStyles().stream().map(CharStyle::name).toList(); }

    public StringProperty selectedProperty() { return selected; }

    public Optional<ParagraphStyle> style() { return sheet().find(selected.get()); }

    /** Why the last action was refused, "" when it was done. */
    public ReadOnlyStringProperty refusalProperty() { return commits.refusal(); }

    public UndoStack undoStack() { return commits.undo(); }

    /** A new style based on the selected one (its values and role), right after it; selected. */
    public String create() {
        ParagraphStyle parent = style().orElse(sheet().body());
        String name = StyleCommits.freshName(Messages.get("styles.newName"), n -> sheet().find(n).isPresent());
        ParagraphStyle s = parent.withName(name).withBasedOn(parent.name());
        commits.apply(new ReplaceStyleSheet(sheet().inserted(sheet().indexOf(parent.name()) + 1, s), "change.newStyle"));
        selected.set(name);
        return name;
    }

    /** A copy of the selected style (same values, role and parent), right after it; selected. */
    public String duplicate() {
        ParagraphStyle original = style().orElse(sheet().body());
        String name = StyleCommits.freshName(Messages.get("styles.copyName", original.name()), n -> sheet().find(n).isPresent());
        commits.apply(new ReplaceStyleSheet(sheet().inserted(sheet().indexOf(original.name()) + 1, original.withName(name)),
                "change.duplicateStyle"));
        selected.set(name);
        return name;
    }

    /** Renames the selected style everywhere; false (and a refusal) for an empty or taken name. */
    public boolean rename(String to) {
        String from = selected.get();
        String name = to == null ? "" : to.strip();
        if (name.isEmpty()) return commits.refuse(Messages.get("styles.refused.empty"));
        if (name.equals(from)) return true;
        if (sheet().find(name).isPresent()) return commits.refuse(Messages.get("styles.refused.taken", name));
        if (!commits.apply(new RenameParagraphStyle(from, name))) return false;
        selected.set(name);
        return true;
    }

    /** Deletes the selected style, its paragraphs (and headers, tables) moved to {@code moveTo}. */
    public boolean delete(String moveTo) {
        String gone = selected.get();
        if (sheet().paragraphStyles().size() == 1) return commits.refuse(Messages.get("styles.refused.last"));
        if (moveTo == null || moveTo.equals(gone) || sheet().find(moveTo).isEmpty()) {
            return commits.refuse(Messages.get("styles.refused.moveTo", gone));
        }
        if (!commits.apply(new DeleteParagraphStyle(gone, moveTo))) return false;
        selected.set(moveTo);
        return true;
    }

    /** How many paragraphs, headers and table settings name the style. */
    public int uses(String name) {
        return StyleReferences.count(document.edition(), name);
    }

    /** The styles the selected one's paragraphs may move to when it is deleted. */
    public List<String> moveTargets() {
        return names.stream().filter(n -> !n.equals(selected.get())).toList();
    }

    /** The selected style's rows: role, based on, then its values. */
    public List<PropertyRow> rows() {
        Optional<ParagraphStyle> found = style();
        if (found.isEmpty()) return List.of();
        ParagraphStyle s = found.get();
        String cat = Messages.get("prop.style", s.name());
        List<PropertyRow> out = new ArrayList<>();
        List<String> roles = new ArrayList<>();
        for (StyleRole r : StyleRole.values()) roles.add(roleName(r));
        out.add(new PropertyRow(cat, Messages.get("styles.role"), String.class, roleName(s.role()),
                v -> new ReplaceStyleSheet(sheet().restyle(s.name(), s.withRole(role(v))), "change.styleRole"))
                .choices(roles, false));
        List<String> parents = new ArrayList<>();
        parents.add(Messages.get("styles.basedOn.none"));
        for (ParagraphStyle p : sheet().paragraphStyles()) {
            if (!sheet().inheritsFrom(p.name(), s.name())) parents.add(p.name());
        }
        String none = Messages.get("styles.basedOn.none");
        out.add(new PropertyRow(cat, Messages.get("styles.basedOn"), String.class, s.basedOn().isEmpty() ? none : s.basedOn(),
                v -> new ReplaceStyleSheet(sheet().restyle(s.name(), s.withBasedOn(none.equals(v) ? "" : v.toString())),
                        "change.styleBasedOn"))
                .choices(parents, false));
        out.addAll(StyleRows.of(s));
        return out;
    }

    /** Commits a row's new value as one undo step; a refused value leaves everything as it was. */
    public boolean set(PropertyRow row, Object value) {
        if (!row.editable() || value == null) return false;
        if (Objects.equals(row.value(), value)) return true;
        try {
            return commits.apply(row.change(value));
        } catch (RefusedValue e) {
            return commits.refuse(e.getMessage());
        } catch (IllegalArgumentException e) {
            return commits.refuse(Messages.get("prop.refused", row.name(), value));
        }
    }




    /** 正文, 主题 … (Body, Title … in English). */
    public static String roleName(StyleRole r) {
        return Messages.get("role." + r.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    private static StyleRole role(Object shown) {
        for (StyleRole r : StyleRole.values()) if (roleName(r).equals(shown)) return r;
        throw new IllegalArgumentException("not a role: " + shown);
    }
}
