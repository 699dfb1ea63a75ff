package paiban.edit;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import paiban.model.Edition;

/**
 * Several changes as one undo step (placing a story: add it, thread it,
 * fill its headline frame). Undone in reverse order; if a step cannot
 * apply, nothing is applied.
 */
public record ChangeSequence(String descriptionKey, List<Change> steps) implements Change {
    public ChangeSequence {
        steps = List.copyOf(steps);
    }

    @Override
    public Applied apply(Edition edition) {
        Edition e = edition;
        List<Change> inverses = new ArrayList<>();
        for (Change c : steps) {
            Applied a = c.apply(e);
            e = a.edition();
            inverses.add(0, a.inverse());
        }
        return new Applied(e, new ChangeSequence(descriptionKey, inverses));
    }

    /** Everything its steps touch. */
    @Override
    public Set<Touch> touches() {
        Set<Touch> all = new LinkedHashSet<>();
        for (Change c : steps) all.addAll(c.touches());
        return Set.copyOf(all);
    }
}
