package paiban.edit;

import java.util.Set;

import paiban.model.Edition;

/**
 * One edit of the edition as a value: applied, it yields the new edition
 * and the change that takes it back. Changes never mutate anything, so
 * undo is applying the inverse. A change names what it touches, so edits
 * made apart (another window, another desk through a shared store) can be
 * checked against each other and against a newer edition before applying.
 */
public interface Change {
    /** @throws IllegalArgumentException when the edition has nothing this change can apply to */
    Applied apply(Edition edition);

    /** Message key of what the change does, for 撤销 / 重做 menu items. */
    String descriptionKey();

    /**
     * The pages, frames, stories, styles (or the page order, the settings)
     * this change names: what it overwrites or looks up by id. Changes that
     * do not say touch the whole {@link Touch#EDITION}, which conflicts with
     * everything.
     */
    default Set<Touch> touches() { return Set.of(Touch.EDITION); }

    /** True when this change and {@code other} touch a common thing (applying both would overwrite one). */
    default boolean conflictsWith(Change other) {
        for (Touch a : touches()) for (Touch b : other.touches()) if (a.overlaps(b)) return true;
        return false;
    }

    /** True when the change applies to {@code edition} (made perhaps for an older one): what it names is there. */
    default boolean canApply(Edition edition) {
        try {
            apply(edition);
            return true;
        } catch (IllegalArgumentException e) {
            paiban.log.Log.of(Change.class).log(System.Logger.Level.DEBUG, "does not apply: " + e.getMessage());
            return false;
        }
    }

    /** The result of applying a change: the new edition and the change that undoes it. */
    record Applied(Edition edition, Change inverse) {}
}
