package paiban.ui.canvas;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.StringProperty;

/**
 * The selected frames of the canvas page: an ordered set of ids and the
 * primary one among them. The primary id is the old single-selection
 * property that the story editor, the properties panel and preflight bind
 * to, so it stays the source of truth for "the" frame: setting it from
 * outside to a frame not selected makes that frame the whole selection,
 * setting it to "" clears the selection. The primary is always in the set
 * and the set is empty exactly when the primary is "".
 */
public final class FrameSelection {
    private final StringProperty primary;
    private final ReadOnlyObjectWrapper<List<String>> ids = new ReadOnlyObjectWrapper<>(this, "ids", List.of());
    /** True while this class sets the primary itself, so its own listener leaves the set alone. */
    private boolean updating;

    FrameSelection(StringProperty primary) {
        this.primary = primary;
        primary.addListener((o, old, now) -> {
            if (updating) return;
            if (now == null || now.isEmpty()) ids.set(List.of());
            else if (!ids.get().contains(now)) ids.set(List.of(now));
        });
    }

    /** The selected ids, an immutable list replaced on every change (listeners see one event per change). */
    public ReadOnlyObjectProperty<List<String>> idsProperty() { return ids.getReadOnlyProperty(); }

    public List<String> ids() { return ids.get(); }

    public String primary() { return primary.get() == null ? "" : primary.get(); }

    public int size() { return ids.get().size(); }

    public boolean contains(String id) { return ids.get().contains(id); }

    /**
     * Selects {@code select} (duplicates dropped, order kept) with {@code primaryId}
     * as the primary; when that is not among them the last one is. The set
     * changes before the primary, so a listener of the primary sees both new.
     */
    public void set(Collection<String> select, String primaryId) {
        List<String> list = List.copyOf(new LinkedHashSet<>(select));
        String p = list.isEmpty() ? "" : list.contains(primaryId) ? primaryId : list.get(list.size() - 1);
        updating = true;
        try {
            if (!list.equals(ids.get())) ids.set(list);
            primary.set(p);
        } finally {
            updating = false;
        }
    }

    public void clear() { set(List.of(), ""); }

    /** Makes a selected frame the primary one, keeping the rest of the selection. */
    public void makePrimary(String id) {
        if (contains(id)) set(ids.get(), id);
    }

    /** Drops the ids {@code stillThere} rejects (frames deleted, or undone away). */
    void retain(java.util.function.Predicate<String> stillThere) {
        List<String> kept = new ArrayList<>();
        for (String id : ids.get()) if (stillThere.test(id)) kept.add(id);
        if (kept.size() != size()) set(kept, primary());
    }
}
