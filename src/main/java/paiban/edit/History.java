package paiban.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.Supplier;

import paiban.model.Edition;

/**
 * The undo and redo stacks of one edited edition, without any window: each
 * change is applied to the current edition (read from and handed back to
 * its holder) and its inverse kept, without limit for the session. A new
 * change clears redo; changes that carry the same merge key fold into one
 * undo step (a burst of typing). Listeners hear of every change of state.
 */
public final class History {
    private final Supplier<Edition> current;
    private final Consumer<Edition> show;
    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new ArrayList<>();
    /** What the last change may merge with; null after undo, redo or a change that merges with nothing. */
    private Object mergeKey;
    private int replays;

    /** Edits the edition {@code current} gives, handing each new one to {@code show}. */
    public History(Supplier<Edition> current, Consumer<Edition> show) {
        this.current = Objects.requireNonNull(current);
        this.show = Objects.requireNonNull(show);
    }

    /** A history that holds its edition itself, starting from {@code start}. */
    public static History of(Edition start) {
        Edition[] held = {Objects.requireNonNull(start)};
        return new History(() -> held[0], e -> held[0] = e);
    }

    public Edition edition() { return current.get(); }

    public void apply(Change change) {
        applyMerging(change, null);
    }

    /**
     * Applies a change that folds into the previous one when both carry the
     * same non-null {@code key} (a burst of edits to one field is one undo
     * step): the first change's inverse already restores the state before the burst.
     */
    public void applyMerging(Change change, Object key) {
        Change.Applied done = change.apply(current.get());
        show.accept(done.edition());
        boolean merge = key != null && key.equals(mergeKey) && !undo.isEmpty();
        if (!merge) undo.push(done.inverse());
        mergeKey = key;
        redo.clear();
        changed();
    }

    /** @return false when there was nothing to undo */
    public boolean undo() {
        return replay(undo, redo);
    }

    /** @return false when there was nothing to redo */
    public boolean redo() {
        return replay(redo, undo);
    }

    private boolean replay(Deque<Change> from, Deque<Change> to) {
        mergeKey = null;
        if (from.isEmpty()) return false;
        Change.Applied done = from.pop().apply(current.get());
        show.accept(done.edition());
        to.push(done.inverse());
        replays++;
        changed();
        return true;
    }

    public void clear() {
        mergeKey = null;
        undo.clear();
        redo.clear();
        changed();
    }

    /** Undo steps kept. */
    public int depth() { return undo.size(); }

    /** Redo steps kept. */
    public int redoDepth() { return redo.size(); }

    public boolean canUndo() { return !undo.isEmpty(); }

    public boolean canRedo() { return !redo.isEmpty(); }

    /** Undos and redos done so far. */
    public int replays() { return replays; }

    /** {@code listener} runs after every apply, undo, redo and clear. */
    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    private void changed() {
        for (Runnable r : List.copyOf(listeners)) r.run();
    }
}
