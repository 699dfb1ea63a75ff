package paiban.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import paiban.ui.EditionDocument;

/**
 * Every edit goes through here: the change is applied to the document and
 * its inverse kept, without limit for the session. A new edit clears redo.
 */
public final class UndoStack {
    private final EditionDocument document;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    /** What the last change may merge with; null after undo, redo or a change that merges with nothing. */
    private Object mergeKey;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** Counts undos and redos, each counted once the document holds its edition and layout. */
    private final ReadOnlyIntegerWrapper replays = new ReadOnlyIntegerWrapper(this, "replays");

    public UndoStack(EditionDocument document) {
        this.document = document;
        // another file means another history
        document.openedProperty().addListener(o -> clear());
    }

    public void apply(Change change) {
        applyMerging(change, null);
    }

    /**
     * Applies a change that folds into the previous one when both carry the
     * same non-null {@code key} (a burst of edits to one field is one undo
     * step): the first change's inverse already restores the state before the burst.
     */
    public void applyMerging(Change change, Object key) {
        Change.Applied done = change.apply(document.edition());
        document.setEdition(done.edition());
        boolean merge = key != null && key.equals(mergeKey) && !undo.isEmpty();
        if (!merge) undo.push(done.inverse());
        mergeKey = key;
        redo.clear();
        update();
    }

    public void undo() {
        mergeKey = null;
        if (undo.isEmpty()) return;
        Change.Applied done = undo.pop().apply(document.edition());
        document.setEdition(done.edition());
        redo.push(done.inverse());
        update();
        replays.set(replays.get() + 1);
    }

    public void redo() {
        mergeKey = null;
        if (redo.isEmpty()) return;
        Change.Applied done = redo.pop().apply(document.edition());
        document.setEdition(done.edition());
        undo.push(done.inverse());
        update();
        replays.set(replays.get() + 1);
    }

    public void clear() {
        mergeKey = null;
        undo.clear();
        redo.clear();
        update();
    }

    public int depth() { return undo.size(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    /** Changes after each undo or redo: a view that shows where the change was listens here. */
    public ReadOnlyIntegerProperty replaysProperty() { return replays.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
