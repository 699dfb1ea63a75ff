package paiban.ui.styles;

import java.util.function.Predicate;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import paiban.edit.Change;
import paiban.ui.Messages;
import paiban.ui.edit.UndoStack;

/**
 * How both style lists (paragraph and character styles) commit an edit: one undo step, or a refusal
 * the panel shows, the edition untouched.
 */
final class StyleCommits {
    private final UndoStack undo;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper(this, "refusal", "");

    StyleCommits(UndoStack undo) {
        this.undo = undo;
    }

    UndoStack undo() { return undo; }

    /** Why the last commit was refused; empty after one that was taken. */
    ReadOnlyStringProperty refusal() { return refusal.getReadOnlyProperty(); }

    /** Applies {@code change} as one undo step; false (and a refusal) when the edition refuses it. */
    boolean apply(Change change) {
        try {
            undo.apply(change);
            refusal.set("");
            return true;
        } catch (IllegalArgumentException e) {
            return refuse(Messages.get("styles.refused", e.getMessage()));
        }
    }

    /** Says why, and answers false for the caller to return. */
    boolean refuse(String why) {
        refusal.set(why);
        return false;
    }

    /** {@code base}, or base2, base3 … the first that is not {@code taken}. */
    static String freshName(String base, Predicate<String> taken) {
        if (!taken.test(base)) return base;
        for (int i = 2; ; i++) if (!taken.test(base + i)) return base + i;
    }
}
