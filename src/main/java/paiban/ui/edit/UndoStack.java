package paiban.ui.edit;

import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import paiban.ui.EditionDocument;

/**
 * Every edit goes through here: the change is applied to the document and
 * its inverse kept, without limit for the session. A new edit clears redo.
 */
public final class UndoStack {
    private final EditionDocument document;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");

    public UndoStack(EditionDocument document) {
        this.document = document;
        // another file means another history
        document.fileProperty().addListener(o -> clear());
    }

    public void apply(Change change) {
        Change.Applied done = change.apply(document.edition());
        document.setEdition(done.edition());
        undo.push(done.inverse());
        redo.clear();
        update();
    }

    public void undo() {
        if (undo.isEmpty()) return;
        Change.Applied done = undo.pop().apply(document.edition());
        document.setEdition(done.edition());
        redo.push(done.inverse());
        update();
    }

    public void redo() {
        if (redo.isEmpty()) return;
        Change.Applied done = redo.pop().apply(document.edition());
        document.setEdition(done.edition());
        undo.push(done.inverse());
        update();
    }

    public void clear() {
        undo.clear();
        redo.clear();
        update();
    }

    public int depth() { return undo.size(); }

    public ReadOnlyBooleanProperty canUndoProperty() { return canUndo.getReadOnlyProperty(); }

    public ReadOnlyBooleanProperty canRedoProperty() { return canRedo.getReadOnlyProperty(); }

    private void update() {
        canUndo.set(!undo.isEmpty());
        canRedo.set(!redo.isEmpty());
    }
}
