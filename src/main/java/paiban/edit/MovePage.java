package paiban.edit;

import paiban.model.Edition;

/** Moves the page at index {@code from} to index {@code to}; pages renumber and jump lines follow. */
public record MovePage(int from, int to) implements Change {
    @Override
    public Applied apply(Edition edition) {
        int n = edition.pages().size();
        if (from < 0 || from >= n || to < 0 || to >= n)
            throw new IllegalArgumentException("cannot move page " + (from + 1) + " to " + (to + 1) + " of " + n);
        return new Applied(edition.movePage(from, to), new MovePage(to, from));
    }

    @Override
    public String descriptionKey() { return "change.movePage"; }
}
