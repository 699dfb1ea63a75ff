package paiban.edit;

import java.util.Map;
import java.util.Set;

import paiban.model.Edition;

/**
 * Moves the page at index {@code from} to index {@code to}; pages renumber and
 * jump lines follow. Counting labels are counted again unless {@code labels}
 * (page id → label) gives them, as the move that undoes another does.
 */
public record MovePage(int from, int to, Map<String, String> labels) implements Change {
    public MovePage {
        labels = Map.copyOf(labels);
    }

    /** Counting labels counted again in the new order. */
    public MovePage(int from, int to) {
        this(from, to, Map.of());
    }

    @Override
    public Applied apply(Edition edition) {
        int n = edition.pages().size();
        if (from < 0 || from >= n || to < 0 || to >= n)
            throw new IllegalArgumentException("cannot move page " + (from + 1) + " to " + (to + 1) + " of " + n);
        Edition moved = edition.movePage(from, to);
        return new Applied(moved.withPages(KeptLabels.put(moved.pages(), labels)),
                new MovePage(to, from, KeptLabels.of(edition.pages())));
    }

    @Override
    public String descriptionKey() { return "change.movePage"; }

    @Override
    public Set<Touch> touches() { return Set.of(Touch.PAGE_ORDER); }
}
