package paiban.ui.edit;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import paiban.edit.Change;
import paiban.edit.History;
import paiban.ui.EditionDocument;

/**
 * The editor's undo and redo: a {@link History} of the document's edition
 * with JavaFX properties for menus and views to bind to. Opening another
 * file forgets the history.
 */
public final class UndoStack {
    private final History history;
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    /** Counts undos and redos, each counted once the document holds its edition and layout. */
    private final ReadOnlyIntegerWrapper replays = new ReadOnlyIntegerWrapper(this, "replays");

    public UndoStack(EditionDocument document) {
        this.history = new History(document::edition, document::setEdition);
        history.addListener(() -> {
            canUndo.set(history.canUndo());
            canRedo.set(history.canRedo());
            replays.set(history.replays());
        });
        // another file means another history
        document.openedProperty().addListener(o -> clear());
    }

    /** The plain history under the properties, for the edits that are made without a window. */
    public History history() { return history; }

    public void apply(Change change) { history.apply(change); }

    /** See {@link History#applyMerging}. */
    public void applyMerging(Change change, Object key) { history.applyMerging(change, key); }

    public void undo() { history.undo(); }

    public void redo() { history.redo(); }

    public void clear() { history.clear(); }

    public int depth() { return history.depth(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    /** Changes after each undo or redo: a view that shows where the change was listens here. */
    public ReadOnlyIntegerProperty replaysProperty() { return replays.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }
}
